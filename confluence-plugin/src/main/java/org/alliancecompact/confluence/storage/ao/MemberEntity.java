package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A member organisation; its people are kept as JSON (always read and written whole). */
@Preload
@Table("MEMBER")
public interface MemberEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    @NotNull
    @StringLength(200)
    String getName();

    void setName(String value);

    @NotNull
    String getKind();

    void setKind(String value);

    @NotNull
    String getPhase();

    void setPhase(String value);

    @NotNull
    String getState();

    void setState(String value);

    @NotNull
    String getJoinedOn();

    void setJoinedOn(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPeopleJson();

    void setPeopleJson(String value);
}
