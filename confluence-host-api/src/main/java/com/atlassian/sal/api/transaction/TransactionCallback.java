package com.atlassian.sal.api.transaction;

/**
 * Work done inside a host transaction.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html">TransactionCallback javadoc</a>
 */
@FunctionalInterface
public interface TransactionCallback<T> {

    T doInTransaction();
}
