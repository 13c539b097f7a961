package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The plugin's Active Objects entity manager, supplied by the host (only the members the plugin uses
 * are declared).
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/latest/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html">ActiveObjects javadoc</a>
 */
public interface ActiveObjects {

    /** Creates or updates the tables of these entities (used by upgrade tasks before they touch data). */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /** Deletes these rows (the plugin deletes only the draft of the next MOU edition, once published). */
    void delete(RawEntity<?>... entities);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
