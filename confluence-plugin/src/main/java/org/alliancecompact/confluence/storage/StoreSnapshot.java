package org.alliancecompact.confluence.storage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;

/**
 * What the store held at one version: every list the pages and the REST reads need, read once and
 * shared by every request until something is stored again. Immutable; values worked out from it (the
 * register's current rows, each member's signing status) are kept with it by {@link #derived}, so they
 * too are worked out once per version instead of once per request.
 */
public final class StoreSnapshot {

    private final String version;
    private final List<Member> members;
    private final List<MouEdition> editions;
    private final List<Signature> signatures;
    private final List<Withdrawal> withdrawals;
    private final List<CategoryAssignment> registerHistory;
    private final List<SupportAssignment> supportAssignments;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private StoreSnapshot(String version, CompactStore store) {
        this.version = Objects.requireNonNull(version, "version");
        this.members = List.copyOf(store.members());
        this.editions = List.copyOf(store.editions());
        this.signatures = List.copyOf(store.signatures());
        this.withdrawals = List.copyOf(store.withdrawals());
        this.registerHistory = List.copyOf(store.registerHistory());
        this.supportAssignments = List.copyOf(store.supportAssignments());
    }

    /** Reads everything; call inside one transaction, after reading {@code version} in it. */
    static StoreSnapshot read(String version, CompactStore store) {
        return new StoreSnapshot(version, store);
    }

    public String version() {
        return version;
    }

    /** Members in the store's order (by name). */
    public List<Member> members() {
        return members;
    }

    /** Editions, oldest (number 1) first. */
    public List<MouEdition> editions() {
        return editions;
    }

    public java.util.Optional<MouEdition> latestEdition() {
        return editions.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(editions.get(editions.size() - 1));
    }

    /** Every signature, oldest first. */
    public List<Signature> signatures() {
        return signatures;
    }

    /** Signatures of one edition, oldest first (worked out once per edition). */
    public List<Signature> signatures(String editionId) {
        return derived(
                new SignaturesOf(editionId),
                s -> s.signatures.stream()
                        .filter(sig -> sig.editionId().equals(editionId))
                        .toList());
    }

    private record SignaturesOf(String editionId) {}

    public List<Withdrawal> withdrawals() {
        return withdrawals;
    }

    /** Every category change, oldest first. */
    public List<CategoryAssignment> registerHistory() {
        return registerHistory;
    }

    public List<SupportAssignment> supportAssignments() {
        return supportAssignments;
    }

    /**
     * The value for {@code key} worked out from this snapshot, computed on first use and kept for as long
     * as the snapshot is current. Keys are value objects (records) naming what is derived and from what
     * (a date, an edition); two threads may both compute a value the first time, which is harmless.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<StoreSnapshot, T> compute) {
        Object known = derived.get(key);
        if (known == null) {
            known = compute.apply(this);
            Object raced = derived.putIfAbsent(key, known);
            if (raced != null) {
                known = raced;
            }
        }
        return (T) known;
    }
}
