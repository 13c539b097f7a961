package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The store's version: one row whose token is replaced in every transaction that stores anything, so
 * each cluster node can tell whether its cached snapshot is still current with one small read.
 */
@Table("STORE_VERSION")
public interface StoreVersionEntity extends Entity {

    @NotNull
    @StringLength(64)
    String getToken();

    void setToken(String value);
}
