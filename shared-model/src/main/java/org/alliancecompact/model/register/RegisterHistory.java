package org.alliancecompact.model.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every category change, in the order it was made. Append-only: an assignment is never edited or
 * removed, a correction is a new assignment with its own reason. The latest assignment of a member is
 * its current row.
 */
public final class RegisterHistory {

    private final List<CategoryAssignment> entries;

    private RegisterHistory(List<CategoryAssignment> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    public static RegisterHistory empty() {
        return new RegisterHistory(List.of());
    }

    /** A history from stored entries, checked to be in order per member. */
    public static RegisterHistory of(List<CategoryAssignment> entries) {
        // One pass with each member's latest at hand: a register of thousands of rows is read on every
        // page view, so appending one by one (a copy and a scan each) would be quadratic.
        Map<String, CategoryAssignment> latest = new java.util.HashMap<>();
        List<CategoryAssignment> checked = new ArrayList<>(entries.size());
        for (CategoryAssignment change : entries) {
            requireInOrder(change, latest.get(change == null ? null : change.memberId()));
            latest.put(change.memberId(), change);
            checked.add(change);
        }
        return new RegisterHistory(checked);
    }

    private static void requireInOrder(CategoryAssignment change, CategoryAssignment latest) {
        if (change == null) {
            throw new IllegalArgumentException("change is required");
        }
        if (latest != null && change.setAt().isBefore(latest.setAt())) {
            throw new IllegalArgumentException("setAt " + change.setAt() + " is before the current assignment of "
                    + change.memberId() + " (" + latest.setAt() + "); history is never rewritten");
        }
    }

    /**
     * A new history with {@code change} added at the end. A change dated before the member's current
     * assignment is refused: history is recorded as it happens, not rewritten.
     */
    public RegisterHistory append(CategoryAssignment change) {
        requireInOrder(
                change, change == null ? null : current(change.memberId()).orElse(null));
        List<CategoryAssignment> next = new ArrayList<>(entries.size() + 1);
        next.addAll(entries);
        next.add(change);
        return new RegisterHistory(next);
    }

    /** All entries, oldest first. */
    public List<CategoryAssignment> entries() {
        return entries;
    }

    /** One member's changes, oldest first. */
    public List<CategoryAssignment> changesOf(String memberId) {
        return entries.stream().filter(e -> e.memberId().equals(memberId)).toList();
    }

    /** The member's current assignment: its latest. */
    public Optional<CategoryAssignment> current(String memberId) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).memberId().equals(memberId)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** The current row of every member ever categorised, in order of first categorisation. */
    public List<CategoryAssignment> currentRows() {
        Map<String, CategoryAssignment> latest = new LinkedHashMap<>();
        for (CategoryAssignment e : entries) {
            latest.put(e.memberId(), e);
        }
        return List.copyOf(latest.values());
    }

    /** Current rows whose review date has passed on {@code date}. */
    public List<CategoryAssignment> reviewOverdue(LocalDate date) {
        return currentRows().stream().filter(r -> r.reviewOverdue(date)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterHistory other && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "RegisterHistory" + entries;
    }
}
