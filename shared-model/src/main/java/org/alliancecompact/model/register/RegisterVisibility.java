package org.alliancecompact.model.register;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may see whose register row: the Oldham data-sharing protocol, in one place.
 *
 * <ul>
 *   <li>A coordinator sees every row.
 *   <li>Every member sees its own row (3.5: a non-signer still has its own data set).
 *   <li>A member that subscribes to the protocol sees the rows of all members that also subscribe (3.1).
 *   <li>Nobody but coordinators sees a non-subscriber's row (3.5) ...
 *   <li>... except a member assigned to support it, while that support is active (3.3).
 * </ul>
 *
 * Everyone, signer or not, gets the headline counts. A viewer counts as a signer only when both its
 * {@link Viewer#dataSharingSigned()} flag and the signer list say so: the rule fails closed when the two
 * disagree. Strategic partners (3.7, such as diocesan representatives) are given coordinator sight.
 */
public final class RegisterVisibility {

    private RegisterVisibility() {}

    /** Whether {@code viewer} may see the row of {@code rowMemberId}, under the data-sharing protocol. */
    public static boolean canSee(Viewer viewer, String rowMemberId, Set<String> dataSharingSigners) {
        return canSee(viewer, rowMemberId, dataSharingSigners, true);
    }

    /**
     * As {@link #canSee(Viewer, String, Set)}; when the alliance's profile does not make visibility
     * depend on the data-sharing signature ({@code dataSharingRequired} false), every member sees every row.
     */
    public static boolean canSee(
            Viewer viewer, String rowMemberId, Set<String> dataSharingSigners, boolean dataSharingRequired) {
        if (viewer == null || rowMemberId == null) {
            return false;
        }
        if (viewer.coordinator()) {
            return true;
        }
        if (rowMemberId.equals(viewer.memberId())) {
            return true;
        }
        if (viewer.supportingMemberIds().contains(rowMemberId)) {
            return true;
        }
        if (!dataSharingRequired) {
            return true;
        }
        Set<String> signers = dataSharingSigners == null ? Set.of() : dataSharingSigners;
        // The viewer's flag and the signer list must agree: either alone is not enough.
        return viewer.dataSharingSigned() && signers.contains(viewer.memberId()) && signers.contains(rowMemberId);
    }

    /** The rows {@code viewer} may see among {@code currentRows}, and headline counts over all of them. */
    public static RegisterView view(
            Viewer viewer, Collection<CategoryAssignment> currentRows, Set<String> dataSharingSigners) {
        return view(viewer, currentRows, dataSharingSigners, true);
    }

    public static RegisterView view(
            Viewer viewer,
            Collection<CategoryAssignment> currentRows,
            Set<String> dataSharingSigners,
            boolean dataSharingRequired) {
        return new RegisterView(
                currentRows.stream()
                        .filter(r -> canSee(viewer, r.memberId(), dataSharingSigners, dataSharingRequired))
                        .toList(),
                headlineCounts(currentRows));
    }

    /** Members per category, every category present (zero when empty). */
    public static Map<SupportCategory, Long> headlineCounts(Collection<CategoryAssignment> currentRows) {
        Map<SupportCategory, Long> counts = new EnumMap<>(SupportCategory.class);
        for (SupportCategory c : SupportCategory.values()) {
            counts.put(c, 0L);
        }
        for (CategoryAssignment row : currentRows) {
            counts.merge(row.category(), 1L, Long::sum);
        }
        return counts;
    }
}
