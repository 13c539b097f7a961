package org.alliancecompact.model.mou;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;

/**
 * Who has signed which MOU edition, and who may sign. Pure functions over the records passed in.
 *
 * <p>A signature counts for an edition only when it names that edition and its exact fingerprint, is
 * by one of the member's required roles, and was made after the member's latest withdrawal (if any).
 */
public final class SigningRules {

    private SigningRules() {}

    /**
     * The member's status for {@code edition} on {@code today}, in this order of precedence:
     *
     * <ol>
     *   <li>WITHDRAWN: a withdrawal is recorded and nothing was signed after it;
     *   <li>LAPSED: at least one role had signed but {@code today} is past the edition's review date;
     *   <li>NOT_SIGNED, PARTLY_SIGNED (with the missing roles) or SIGNED.
     * </ol>
     *
     * An edition past its review date with no signature at all is NOT_SIGNED: nothing has lapsed.
     */
    public static MemberSigningStatus statusOf(
            Member member,
            MouEdition edition,
            Collection<Signature> signatures,
            Collection<Withdrawal> withdrawals,
            Collection<PersonRole> requiredRoles,
            LocalDate today) {
        requireArguments(member, edition, requiredRoles);
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        Set<PersonRole> required = roles(requiredRoles);
        Optional<Instant> withdrawnAt = latestWithdrawal(member, withdrawals);
        Set<PersonRole> signed = countedRoles(member, edition, signatures, withdrawnAt, required);
        Set<PersonRole> missing = EnumSet.copyOf(required);
        missing.removeAll(signed);

        SigningStatus status;
        if (withdrawnAt.isPresent() && signed.isEmpty()) {
            status = SigningStatus.WITHDRAWN;
        } else if (signed.isEmpty()) {
            status = SigningStatus.NOT_SIGNED;
        } else if (edition.isLapsedOn(today)) {
            status = SigningStatus.LAPSED;
        } else if (missing.isEmpty()) {
            status = SigningStatus.SIGNED;
        } else {
            status = SigningStatus.PARTLY_SIGNED;
        }
        return new MemberSigningStatus(member.id(), status, signed, missing);
    }

    /**
     * {@link #statusOf} for each member, in the order given (for the status page and its counts). The
     * signatures and withdrawals are grouped by member once, so the whole list costs one pass over them
     * rather than one pass per member.
     */
    public static List<MemberSigningStatus> statusOfAll(
            Collection<Member> members,
            MouEdition edition,
            Collection<Signature> signatures,
            Collection<Withdrawal> withdrawals,
            Collection<PersonRole> requiredRoles,
            LocalDate today) {
        if (members == null) {
            throw new IllegalArgumentException("members is required");
        }
        Map<String, List<Signature>> signaturesByMember =
                signatures == null ? Map.of() : signatures.stream().collect(Collectors.groupingBy(Signature::memberId));
        Map<String, List<Withdrawal>> withdrawalsByMember = withdrawals == null
                ? Map.of()
                : withdrawals.stream().collect(Collectors.groupingBy(Withdrawal::memberId));
        return members.stream()
                .map(m -> statusOf(
                        m,
                        edition,
                        signaturesByMember.getOrDefault(m.id(), List.of()),
                        withdrawalsByMember.getOrDefault(m.id(), List.of()),
                        requiredRoles,
                        today))
                .toList();
    }

    /** The longest reason a withdrawal may give (it is shown on the status page, not an essay). */
    public static final int WITHDRAWAL_REASON_MAX = 500;

    /**
     * Whether {@code member} may withdraw from {@code edition} now: a reason is given, and at least one
     * of its signatures on that edition still counts (otherwise there is nothing to withdraw: it never
     * signed, or it has already withdrawn). Who may record it (a coordinator, or the member's own head
     * or chair) is the host's permission check.
     */
    public static SignDecision checkWithdrawal(
            Member member,
            MouEdition edition,
            Collection<Signature> signatures,
            Collection<Withdrawal> withdrawals,
            Collection<PersonRole> requiredRoles,
            String reason) {
        requireArguments(member, edition, requiredRoles);
        if (reason == null || reason.isBlank()) {
            return SignDecision.refuse("Say why " + member.name() + " is withdrawing from the MOU.", "reason");
        }
        if (reason.strip().length() > WITHDRAWAL_REASON_MAX) {
            return SignDecision.refuse(
                    "Keep the reason to " + WITHDRAWAL_REASON_MAX + " characters or fewer.", "reason");
        }
        Set<PersonRole> signed =
                countedRoles(member, edition, signatures, latestWithdrawal(member, withdrawals), roles(requiredRoles));
        if (signed.isEmpty()) {
            return SignDecision.conflict(
                    member.name() + " has no signature on edition " + edition.number() + " to withdraw.", "memberId");
        }
        return SignDecision.allow();
    }

    /** As {@link #checkSignature(Person, Member, PersonRole, MouEdition, String, String, Collection, Collection, Collection, boolean)} with no withdrawals. */
    public static SignDecision checkSignature(
            Person person,
            Member member,
            PersonRole role,
            MouEdition edition,
            String presentedFingerprint,
            String minuteReference,
            Collection<Signature> existing,
            Collection<PersonRole> requiredRoles,
            boolean minuteReferenceRequired) {
        return checkSignature(
                person,
                member,
                role,
                edition,
                presentedFingerprint,
                minuteReference,
                existing,
                List.of(),
                requiredRoles,
                minuteReferenceRequired);
    }

    /**
     * Whether {@code person} may sign {@code edition} for {@code member} in {@code role}.
     *
     * @param presentedFingerprint the fingerprint of the wording the signer was shown; must match the
     *     edition, so nobody signs text that changed under them
     * @param existing signatures already recorded (any member, any edition)
     * @param withdrawals withdrawals recorded (signatures before the member's latest one no longer count,
     *     so its people may sign again)
     * @param minuteReferenceRequired whether the alliance signs by governors'/board minute (Oldham)
     */
    public static SignDecision checkSignature(
            Person person,
            Member member,
            PersonRole role,
            MouEdition edition,
            String presentedFingerprint,
            String minuteReference,
            Collection<Signature> existing,
            Collection<Withdrawal> withdrawals,
            Collection<PersonRole> requiredRoles,
            boolean minuteReferenceRequired) {
        requireArguments(member, edition, requiredRoles);
        if (person == null) {
            return SignDecision.refuse("We could not tell who is signing.", "person");
        }
        if (role == null) {
            return SignDecision.refuse("Choose the role you are signing in.", "role");
        }
        Set<PersonRole> required = roles(requiredRoles);
        if (!required.contains(role)) {
            return SignDecision.refuse(
                    "This alliance does not ask for a signature from the " + describe(role) + "; it asks for "
                            + describe(required) + ".",
                    "role");
        }
        if (!member.hasPerson(person.email())) {
            return SignDecision.notEntitled(
                    person.email() + " is not listed for " + member.name() + ", so cannot sign for it.", "memberId");
        }
        if (!member.hasPerson(person.email(), role)) {
            return SignDecision.notEntitled(
                    person.email() + " is not listed as the " + describe(role) + " of " + member.name() + ".", "role");
        }
        if (presentedFingerprint == null || presentedFingerprint.isBlank()) {
            return SignDecision.refuse(
                    "The signature must say which wording it agrees to (the edition fingerprint).",
                    "editionFingerprint");
        }
        if (!presentedFingerprint.strip().equals(edition.fingerprint())) {
            return SignDecision.refuse(
                    "The MOU wording has changed since this page was opened: read edition " + edition.number()
                            + " again and sign that.",
                    "editionFingerprint");
        }
        Optional<Instant> withdrawnAt = latestWithdrawal(member, withdrawals);
        if (countedRoles(member, edition, existing, withdrawnAt, EnumSet.of(role))
                .contains(role)) {
            return SignDecision.conflict(
                    member.name() + " has already signed edition " + edition.number() + " as " + describe(role) + ".",
                    "role");
        }
        String minute;
        try {
            minute = Signature.normaliseMinuteReference(minuteReference);
        } catch (IllegalArgumentException e) {
            return SignDecision.refuse(e.getMessage(), "minuteReference");
        }
        if (minuteReferenceRequired && minute == null) {
            return SignDecision.refuse(
                    "Give the reference of the governors' or board minute that agreed to sign.", "minuteReference");
        }
        return SignDecision.allow();
    }

    /** The required roles of {@code member} with a counting signature on {@code edition}. */
    private static Set<PersonRole> countedRoles(
            Member member,
            MouEdition edition,
            Collection<Signature> signatures,
            Optional<Instant> withdrawnAt,
            Set<PersonRole> required) {
        Set<PersonRole> signed = EnumSet.noneOf(PersonRole.class);
        if (signatures == null) {
            return signed;
        }
        for (Signature s : signatures) {
            if (s.memberId().equals(member.id())
                    && s.isOn(edition)
                    && required.contains(s.role())
                    && withdrawnAt.map(w -> s.signedAt().isAfter(w)).orElse(true)) {
                signed.add(s.role());
            }
        }
        return signed;
    }

    private static Optional<Instant> latestWithdrawal(Member member, Collection<Withdrawal> withdrawals) {
        if (withdrawals == null) {
            return Optional.empty();
        }
        return withdrawals.stream()
                .filter(w -> w.memberId().equals(member.id()))
                .map(Withdrawal::withdrawnAt)
                .max(Instant::compareTo);
    }

    private static Set<PersonRole> roles(Collection<PersonRole> requiredRoles) {
        // stream, not contains(null): immutable collections throw on a null query
        if (requiredRoles.isEmpty() || requiredRoles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("requiredRoles must name at least one role");
        }
        return EnumSet.copyOf(requiredRoles);
    }

    private static void requireArguments(Member member, MouEdition edition, Collection<PersonRole> requiredRoles) {
        if (member == null) {
            throw new IllegalArgumentException("member is required");
        }
        if (edition == null) {
            throw new IllegalArgumentException("edition is required");
        }
        if (requiredRoles == null) {
            throw new IllegalArgumentException("requiredRoles is required");
        }
    }

    private static String describe(PersonRole role) {
        return switch (role) {
            case HEAD -> "head (headteacher, principal or CEO)";
            case DEPUTY -> "deputy";
            case CHAIR -> "chair of governors or trustees";
            case DATA_CONTACT -> "data contact";
        };
    }

    private static String describe(Set<PersonRole> roles) {
        return String.join(" and ", roles.stream().map(SigningRules::describe).toList());
    }
}
