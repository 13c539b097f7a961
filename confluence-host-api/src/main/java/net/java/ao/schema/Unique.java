package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column whose values the database keeps unique (placed on the getter).
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/schema/Unique.html">Unique javadoc</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unique {}
