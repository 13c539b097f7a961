package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The draft of the next MOU edition a coordinator is writing: at most one row (DRAFT_KEY "next"), saved
 * whole on every edit and removed in the transaction that publishes it as an edition. A new table only:
 * Active Objects creates it on start, no upgrade task needed (existing tables are unchanged).
 */
@Table("EDITION_DRAFT")
public interface EditionDraftEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(16)
    String getDraftKey();

    void setDraftKey(String value);

    @NotNull
    @StringLength(64)
    String getBasedOnEditionId();

    void setBasedOnEditionId(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getTitle();

    void setTitle(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSectionsJson();

    void setSectionsJson(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getUpdatedBy();

    void setUpdatedBy(String value);

    @NotNull
    String getUpdatedAt();

    void setUpdatedAt(String value);
}
