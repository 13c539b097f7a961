package org.alliancecompact.confluence.storage;

import java.time.Instant;
import java.util.Objects;
import org.alliancecompact.model.mou.EditionDraft;

/** The draft of the next edition as stored, with who saved it last and when. */
public record StoredDraft(EditionDraft draft, String updatedBy, Instant updatedAt) {
    public StoredDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
