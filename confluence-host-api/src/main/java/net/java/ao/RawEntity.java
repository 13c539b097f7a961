package net.java.ao;

/**
 * An Active Objects entity with primary key of type {@code T} (only the member the plugin uses is declared).
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/RawEntity.html">RawEntity javadoc</a>
 */
public interface RawEntity<T> {

    void save();
}
