package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change of a member's support category (append-only register history, in ID order). */
@Preload
@Table("CATEGORY_CHANGE")
public interface CategoryChangeEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    @NotNull
    String getCategory();

    void setCategory(String value);

    /** The criterion codes, comma-separated; NULL when none was ticked (AO refuses '' in NOT NULL). */
    @StringLength(StringLength.UNLIMITED)
    String getCriteria();

    void setCriteria(String value);

    /** Who set it, as the host names the caller (no length the plugin can promise). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSetBy();

    void setSetBy(String value);

    @NotNull
    String getSetAt();

    void setSetAt(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String value);

    @NotNull
    String getNextReview();

    void setNextReview(String value);
}
