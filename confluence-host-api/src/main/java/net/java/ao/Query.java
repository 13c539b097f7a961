package net.java.ao;

import java.util.Arrays;

/**
 * A select query over one entity type (only the members the plugin uses are declared). Real Active
 * Objects builds SQL from it; here the builder just records its parts.
 *
 * @see <a href="https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/Query.html">Query javadoc</a>
 */
public class Query {

    private String whereClause;
    private Object[] whereParams = new Object[0];
    private String orderClause;
    private int limit = -1;

    public static Query select() {
        return new Query();
    }

    public Query where(String clause, Object... params) {
        this.whereClause = clause;
        this.whereParams = params == null ? new Object[0] : params.clone();
        return this;
    }

    public Query order(String clause) {
        this.orderClause = clause;
        return this;
    }

    public Query limit(int limit) {
        this.limit = limit;
        return this;
    }

    public String getWhereClause() {
        return whereClause;
    }

    public Object[] getWhereParams() {
        return whereParams.clone();
    }

    public String getOrderClause() {
        return orderClause;
    }

    public int getLimit() {
        return limit;
    }

    @Override
    public String toString() {
        return "Query[where=" + whereClause + " " + Arrays.toString(whereParams) + ", order=" + orderClause + ", limit="
                + limit + "]";
    }
}
