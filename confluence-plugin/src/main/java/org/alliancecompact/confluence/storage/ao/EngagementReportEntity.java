package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An engagement (disengagement ladder) report from the bot (append-only). */
@Preload
@Table("ENGAGEMENT_REPORT")
public interface EngagementReportEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getMemberId();

    void setMemberId(String value);

    @NotNull
    int getLadderLevel();

    void setLadderLevel(int value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReasonsJson();

    void setReasonsJson(String value);

    @NotNull
    String getReportedAt();

    void setReportedAt(String value);
}
