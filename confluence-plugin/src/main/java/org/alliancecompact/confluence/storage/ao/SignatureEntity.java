package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A signature (append-only). SLOT is unique: one signature per edition, member and role until a withdrawal. */
@Preload
@Table("SIGNATURE")
public interface SignatureEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getSignatureId();

    void setSignatureId(String value);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getSlot();

    void setSlot(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getEditionId();

    void setEditionId(String value);

    @NotNull
    @StringLength(64)
    String getEditionFingerprint();

    void setEditionFingerprint(String value);

    @NotNull
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    @NotNull
    @StringLength(254)
    String getPersonEmail();

    void setPersonEmail(String value);

    @NotNull
    @StringLength(200)
    String getPersonName();

    void setPersonName(String value);

    @NotNull
    String getSignerRole();

    void setSignerRole(String value);

    @NotNull
    String getSignedAt();

    void setSignedAt(String value);

    @StringLength(200)
    String getMinuteReference();

    void setMinuteReference(String value);
}
