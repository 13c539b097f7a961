package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column length of a String property; {@link #UNLIMITED} makes it a CLOB.
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/schema/StringLength.html">StringLength javadoc</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    int UNLIMITED = -1;
    int MAX_LENGTH = 450;

    int value();
}
