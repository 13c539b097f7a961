package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets through only signed-in callers assigned a product licence (the default for a method with no access
 * annotation).
 *
 * <p>One of the REST v2 access annotations (introduced with Data Center Platform 7, Confluence 9; Confluence 10 is Platform 8): on a
 * resource method or class, it sets who the host's REST layer lets through before the method runs. A
 * method with none of them is {@link LicensedOnly}.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/">Prepare
 *     your Data Center app to comply with secure endpoint defaults</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {}
