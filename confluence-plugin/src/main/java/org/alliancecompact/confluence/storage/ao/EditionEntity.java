package org.alliancecompact.confluence.storage.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One MOU edition; never changed once stored. */
@Preload
@Table("EDITION")
public interface EditionEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getEditionId();

    void setEditionId(String value);

    @NotNull
    @Unique
    int getEditionNumber();

    void setEditionNumber(int value);

    /** The profile's MOU title, of no set length. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getTitle();

    void setTitle(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSectionsJson();

    void setSectionsJson(String value);

    @NotNull
    String getEffectiveDate();

    void setEffectiveDate(String value);

    @NotNull
    String getReviewDate();

    void setReviewDate(String value);

    @NotNull
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String value);
}
