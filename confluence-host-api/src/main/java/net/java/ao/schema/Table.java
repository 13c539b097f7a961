package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an entity's table (Active Objects prefixes it with the plugin's hash).
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/schema/Table.html">Table javadoc</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    String value();
}
