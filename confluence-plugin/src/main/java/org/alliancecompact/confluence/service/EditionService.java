package org.alliancecompact.confluence.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.Conflict;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.StoredDraft;
import org.alliancecompact.model.api.EditionDraftDto;
import org.alliancecompact.model.api.PublicationRequest;
import org.alliancecompact.model.mou.EditionComparison;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.EditionPublishing;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.SignDecision;

/**
 * The annual review in the product (issue 18): a coordinator drafts the next edition from the current
 * one, edits it, compares it with the current edition and publishes it with an effective date. The rules
 * are shared-model's ({@link EditionDraft}, {@link EditionComparison}, {@link EditionPublishing}); this
 * class checks who may call (coordinators only, 403 otherwise) and stores. Publishing needs no other
 * step: signatures are bound to an edition's fingerprint, so from the moment the new edition is stored
 * every member is NOT_SIGNED and the old signatures are history ({@code SignatureHistory}).
 */
public final class EditionService {

    private final CompactStore store;
    private final MouService mou;
    private final Clock clock;

    EditionService(CompactStore store, MouService mou, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.mou = Objects.requireNonNull(mou, "mou");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stored draft; {@link NotFound} when none has been started. */
    public StoredDraft draft(Caller caller) {
        requireCoordinator(caller);
        return store.draft().orElseThrow(() -> new NotFound("No draft of the next edition has been started.", "draft"));
    }

    /**
     * Starts the draft of the next edition from the current one, word for word. A draft already based on
     * the current edition is kept (409, so nobody loses another coordinator's edits); one based on a
     * replaced edition is started afresh.
     */
    public StoredDraft start(Caller caller) {
        requireCoordinator(caller);
        return store.inTransaction(() -> {
            MouEdition current = mou.currentEdition();
            store.draft()
                    .filter(d -> d.draft().basedOnEditionId().equals(current.id()))
                    .ifPresent(d -> {
                        throw new Conflict(
                                "A draft of the next edition was started by " + d.updatedBy() + "; edit that one.",
                                "draft");
                    });
            StoredDraft fresh = new StoredDraft(EditionDraft.from(current), caller.email(), Instant.now(clock));
            store.saveDraft(fresh);
            return fresh;
        });
    }

    /**
     * Saves the whole draft (title and every section's clauses). Refused with 400 naming the field when a
     * value breaks {@link EditionDraft}'s rules, 409 when it is not based on the current edition.
     */
    public StoredDraft save(Caller caller, EditionDraftDto body) {
        requireCoordinator(caller);
        if (body == null) {
            throw new InvalidInput("Send the draft: basedOnEditionId, title and sections.", "draft");
        }
        EditionDraft draft;
        try {
            draft = body.toDomain();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
        return store.inTransaction(() -> {
            MouEdition current = mou.currentEdition();
            if (!draft.basedOnEditionId().equals(current.id())) {
                throw new Conflict(
                        "The draft must be based on the current edition, " + current.number() + " (" + current.id()
                                + ").",
                        "basedOnEditionId");
            }
            StoredDraft saved = new StoredDraft(draft, caller.email(), Instant.now(clock));
            store.saveDraft(saved);
            return saved;
        });
    }

    /** The stored draft for a coordinator, or empty (for a page: no refusal when there is none). */
    public java.util.Optional<StoredDraft> draftIfAny(Caller caller) {
        requireCoordinator(caller);
        return store.draft();
    }

    /** The draft compared with the current edition, clause by clause. */
    public Compared comparison(Caller caller) {
        StoredDraft draft = draft(caller);
        MouEdition current = mou.currentEdition();
        return new Compared(current, EditionComparison.of(current, draft.draft()));
    }

    public record Compared(MouEdition current, EditionComparison comparison) {}

    /**
     * Publishes the draft as the next edition taking effect on the request's date: 400 without a date, for
     * a date in the past or not after the current edition's, or for unchanged wording; 409 when the
     * draft is based on an edition since replaced, or another publication won the race; 404 without a
     * draft. The draft is removed in the same transaction.
     */
    public MouEdition publish(Caller caller, PublicationRequest request) {
        requireCoordinator(caller);
        if (request == null || request.effectiveDate() == null) {
            throw new InvalidInput("Give the date the new edition takes effect (effectiveDate).", "effectiveDate");
        }
        return store.inTransaction(() -> {
            MouEdition current = mou.currentEdition();
            StoredDraft stored = store.draft()
                    .orElseThrow(() -> new NotFound("No draft of the next edition has been started.", "draft"));
            if (request.basedOnEditionId() != null
                    && !request.basedOnEditionId().equals(stored.draft().basedOnEditionId())) {
                throw new Conflict(
                        "The draft has changed since you opened it; reload it before publishing.", "basedOnEditionId");
            }
            SignDecision decision =
                    EditionPublishing.check(current, stored.draft(), request.effectiveDate(), mou.today());
            if (!decision.allowed()) {
                throw switch (decision.refusal()) {
                    case CONFLICT -> new Conflict(decision.reason(), decision.field());
                    case NOT_ENTITLED -> new NotAllowed(decision.reason());
                    case INVALID -> new InvalidInput(decision.reason(), decision.field());
                };
            }
            MouEdition next = EditionPublishing.publish(
                    current,
                    stored.draft(),
                    "edition-" + (current.number() + 1),
                    request.effectiveDate(),
                    mou.today(),
                    mou.profile().membership().reviewPeriod());
            try {
                store.publishDraft(next);
            } catch (StoreConflictException raced) {
                throw new Conflict("Edition " + next.number() + " was published at the same moment.", "draft");
            }
            return next;
        });
    }

    private static void requireCoordinator(Caller caller) {
        if (caller == null || !caller.coordinator()) {
            throw new NotAllowed("Only alliance coordinators may draft and publish MOU editions.");
        }
    }
}
