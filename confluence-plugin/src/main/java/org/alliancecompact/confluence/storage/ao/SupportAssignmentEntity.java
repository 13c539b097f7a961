package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Provider supports recipient for one support request; the latest state wins. */
@Preload
@Table("SUPPORT_ASSIGNMENT")
public interface SupportAssignmentEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getRequestId();

    void setRequestId(String value);

    @NotNull
    @StringLength(64)
    String getProviderMemberId();

    void setProviderMemberId(String value);

    @NotNull
    @StringLength(64)
    String getRecipientMemberId();

    void setRecipientMemberId(String value);

    @NotNull
    String getState();

    void setState(String value);

    @NotNull
    String getUpdatedAt();

    void setUpdatedAt(String value);
}
