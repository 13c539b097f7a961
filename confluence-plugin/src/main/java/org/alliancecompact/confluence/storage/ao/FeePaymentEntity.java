package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded fee payment (Bolton 25). SLOT is "member|year|SHA-256 of the reference in lower case": unique, so the same
 * payment entered twice is refused by the database even when two nodes race.
 */
@Preload
@Table("FEE_PAYMENT")
public interface FeePaymentEntity extends Entity {

    @NotNull
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    /** The academic year's first calendar year: 2026 for 2026/27. */
    @NotNull
    int getAcademicYear();

    void setAcademicYear(int value);

    @NotNull
    long getAmountPence();

    void setAmountPence(long value);

    /** ISO-8601 date. */
    @NotNull
    String getPaidOn();

    void setPaidOn(String value);

    @NotNull
    @StringLength(100)
    String getReference();

    void setReference(String value);

    @NotNull
    @Unique
    @StringLength(140)
    String getSlot();

    void setSlot(String value);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String value);

    /** ISO-8601 instant. */
    @NotNull
    String getRecordedAt();

    void setRecordedAt(String value);
}
