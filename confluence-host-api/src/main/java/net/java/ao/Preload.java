package net.java.ao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads the named (or all) fields when an entity is fetched, instead of lazily.
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/Preload.html">Preload javadoc</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Preload {
    String[] value() default {"*"};
}
