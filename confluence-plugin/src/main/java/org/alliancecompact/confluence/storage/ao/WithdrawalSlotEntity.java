package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per withdrawal, whose unique SLOT ({@link org.alliancecompact.confluence.storage.WithdrawalSlot})
 * lets the database refuse a second withdrawal of the same standing signatures, even when requests race on
 * different threads or cluster nodes (issue 15: twelve concurrent withdrawals stored two or three).
 *
 * <p>A table of its own rather than a column on WITHDRAWAL: a new unique column on a table with rows would
 * leave every existing row NULL, which SQL Server (a database Data Center supports) lets into a unique index
 * only once.
 */
@Table("WITHDRAWAL_SLOT")
public interface WithdrawalSlotEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(128)
    String getSlot();

    void setSlot(String value);

    @NotNull
    @StringLength(64)
    String getWithdrawalId();

    void setWithdrawalId(String value);
}
