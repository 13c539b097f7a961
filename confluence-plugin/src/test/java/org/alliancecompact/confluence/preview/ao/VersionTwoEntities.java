package org.alliancecompact.confluence.preview.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The three tables model version 3 changed, as model version 2 declared them (copied from the entities
 * at commit 2d2b7db): what an existing install holds before it upgrades.
 */
final class VersionTwoEntities {
    private VersionTwoEntities() {}

    @Table("CATEGORY_CHANGE")
    interface CategoryChange extends Entity {
        @NotNull
        @Indexed
        @StringLength(64)
        String getMemberId();

        void setMemberId(String value);

        @NotNull
        String getCategory();

        void setCategory(String value);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getCriteria();

        void setCriteria(String value);

        @NotNull
        @StringLength(254)
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

    @Table("WITHDRAWAL")
    interface Withdrawal extends Entity {
        @NotNull
        @net.java.ao.schema.Unique
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

        @NotNull
        @StringLength(254)
        String getRecordedBy();

        void setRecordedBy(String value);

        @StringLength(StringLength.UNLIMITED)
        String getReason();

        void setReason(String value);
    }

    @Table("EDITION")
    interface Edition extends Entity {
        @NotNull
        @net.java.ao.schema.Unique
        @StringLength(64)
        String getEditionId();

        void setEditionId(String value);

        @NotNull
        @net.java.ao.schema.Unique
        int getEditionNumber();

        void setEditionNumber(int value);

        @NotNull
        @StringLength(StringLength.MAX_LENGTH)
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
}
