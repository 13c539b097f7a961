package net.java.ao;

/**
 * An Active Objects entity with the default integer ID.
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/Entity.html">Entity javadoc</a>
 */
public interface Entity extends RawEntity<Integer> {

    int getID();
}
