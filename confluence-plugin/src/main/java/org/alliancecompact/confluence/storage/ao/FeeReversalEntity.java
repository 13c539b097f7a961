package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The reversal of one fee payment recorded by mistake (issue 18 review): its own row referring to the
 * FEE_PAYMENT row, which is never changed. PAYMENT_ID is unique, so a payment is reversed once even when two
 * nodes race. A new table only: Active Objects creates it when the plugin starts, no existing row moves.
 */
@Preload
@Table("FEE_REVERSAL")
public interface FeeReversalEntity extends Entity {

    /** The ID of the reversed FEE_PAYMENT row. */
    @NotNull
    @Unique
    int getPaymentId();

    void setPaymentId(int value);

    @NotNull
    @StringLength(300)
    String getReason();

    void setReason(String value);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String value);

    /** ISO-8601 instant. */
    @NotNull
    String getRecordedAt();

    void setRecordedAt(String value);
}
