package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.EditionDto;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.MouStatusDto;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.SigningStatus;

/** MOU signing status on request, and a reminder to unsigned organisations after each annual review. */
final class MouFlow {
    private final Services s;

    MouFlow(Services s) {
        this.s = s;
    }

    /** `/alliance mou`: the caller's organisation's status, read from the plugin as the caller. */
    void status(Caller c, Reply reply) {
        if (!c.isMember()) {
            MouStatusDto all = s.plugin.mouStatusAll();
            String counts = all.counts().entrySet().stream()
                    .map(e -> label(e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            reply.text("MOU edition " + all.editionNumber() + " — " + counts + ". "
                    + Ui.link(s.config.mouPageUrl().toString(), "Open the MOU"));
            return;
        }
        MouStatusDto.MemberStatusDto st = s.plugin.mouStatus(c.memberId(), c.email());
        StringBuilder text =
                new StringBuilder("*" + esc(c.member().name()) + "*: the MOU is *" + label(st.status()) + "*.");
        if (!st.signedRoles().isEmpty()) {
            text.append(" Signed by: ").append(roles(st.signedRoles())).append('.');
        }
        if (!st.missingRoles().isEmpty()) {
            text.append(" Still to sign: ").append(roles(st.missingRoles())).append('.');
        }
        text.append(' ').append(Ui.link(s.config.mouPageUrl().toString(), "Open the MOU in Confluence"));
        reply.text(text.toString());
    }

    private static String roles(java.util.Set<PersonRole> roles) {
        return roles.stream()
                .sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String label(SigningStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Daily: once the current edition is in effect (each annual review brings a new edition), every
     * organisation that has not fully signed it is reminded once, its missing signatories by name.
     */
    void remindUnsigned() {
        EditionDto edition = s.plugin.currentEdition();
        LocalDate today = s.now().atZone(s.profile.timeZone()).toLocalDate();
        if (edition.effectiveDate() != null && today.isBefore(edition.effectiveDate())) {
            return;
        }
        MouStatusDto status = s.plugin.mouStatusAll();
        for (MouStatusDto.MemberStatusDto m : status.members()) {
            if (m.status() == SigningStatus.SIGNED || m.status() == SigningStatus.WITHDRAWN) {
                continue;
            }
            MemberDto member = s.directory.member(m.memberId()).orElse(null);
            if (member == null) {
                continue;
            }
            List<PersonRole> roles =
                    m.missingRoles().isEmpty() ? List.of(PersonRole.HEAD) : List.copyOf(m.missingRoles());
            for (PersonRole role : roles) {
                for (var person : member.people()) {
                    if (person.role() != role) {
                        continue;
                    }
                    s.directory
                            .slackUserOf(person.email())
                            .ifPresent(user -> s.nudges.sendOnce(
                                    "mou-reminder:" + edition.id() + ":" + member.id() + ":" + person.email(),
                                    person.email(),
                                    s.now(),
                                    () -> {
                                        String text = "The alliance's MOU (edition " + edition.number() + ", "
                                                + esc(edition.title()) + ") has been reviewed and *"
                                                + esc(member.name())
                                                + "* has not signed it yet (" + label(m.status()) + "). Please sign as "
                                                + role.name().toLowerCase(Locale.ROOT) + ": "
                                                + Ui.link(s.config.mouPageUrl().toString(), "open the MOU") + ".";
                                        s.slack.post(user, "Please sign the MOU", List.of(Ui.text(text)));
                                    }));
                }
            }
        }
    }
}
