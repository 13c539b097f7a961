package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A member's withdrawal from the MOU (append-only). */
@Preload
@Table("WITHDRAWAL")
public interface WithdrawalEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getWithdrawalId();

    void setWithdrawalId(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    @NotNull
    String getWithdrawnAt();

    void setWithdrawnAt(String value);

    /** Who recorded it, as the host names the caller (no length the plugin can promise). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRecordedBy();

    void setRecordedBy(String value);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String value);
}
