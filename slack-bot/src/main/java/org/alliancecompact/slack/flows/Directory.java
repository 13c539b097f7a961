package org.alliancecompact.slack.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.engagement.Audience;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.text.BotText;

/**
 * Who is who: a Slack user is matched to a member organisation by their Slack email (users.info)
 * against the people the plugin lists for each member. Coordinators, the partnership leader and
 * directors are named by email in the bot's configuration.
 *
 * <p>Whether an organisation is a current or a former member is the shared-model rule {@link MemberStanding}
 * (the one the plugin applies): left, de-designated (Exceed 17) and associates past the profile's
 * {@code membership.associateMaxMonths} (Leeds: "up to 6 months") are former members. The bot serves its
 * people as members of current organisations only, and counts and lists only current members.
 */
final class Directory {
    private final SlackMessenger slack;
    private final PluginClient plugin;
    private final BotConfig config;
    private final AllianceProfile profile;
    private final Clock clock;

    Directory(SlackMessenger slack, PluginClient plugin, BotConfig config, AllianceProfile profile, Clock clock) {
        this.slack = slack;
        this.plugin = plugin;
        this.config = config;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * The caller with every current member organisation they act for, or {@link NotRecognised} when they are
     * neither a current member's person nor a coordinator. A person of former members only is told plainly
     * that the organisation is no longer a member and what that stops them doing.
     */
    Caller who(String slackUser) {
        String email = slack.emailOf(slackUser).orElseThrow(() -> new NotRecognised(BotText.get("who.noEmail")));
        List<MemberDto> attached = attachedTo(email);
        List<MemberDto> organisations =
                attached.stream().filter(this::isCurrent).toList();
        boolean coordinator = config.isCoordinator(email);
        if (organisations.isEmpty() && !coordinator) {
            if (!attached.isEmpty()) {
                throw new NotRecognised(BotText.get(
                        "who.former",
                        Words.list(attached.stream()
                                .map(m -> m.name() + " (" + whyFormer(m) + ")")
                                .toList()),
                        profile.name(),
                        attached.size()));
            }
            throw new NotRecognised(BotText.get("who.unknown", email));
        }
        return new Caller(slackUser, email, organisations, coordinator);
    }

    /** Why an organisation is no longer a member, in words ("it has left"), from its stored state. */
    static String whyFormer(MemberDto m) {
        return BotText.get("who.state." + m.state().name());
    }

    /** Every current member organisation that lists this email among its people, in the plugin's order. */
    List<MemberDto> organisationsOf(String email) {
        return attachedTo(email).stream().filter(this::isCurrent).toList();
    }

    /** Every former member (MemberStanding) that lists this email among its people, in the plugin's order. */
    List<MemberDto> formerOrganisationsOf(String email) {
        return attachedTo(email).stream().filter(m -> !isCurrent(m)).toList();
    }

    /** Every organisation, current or former, that lists this email among its people. */
    private List<MemberDto> attachedTo(String email) {
        return plugin.members().stream()
                .filter(m -> m.people().stream().anyMatch(p -> p.email().equalsIgnoreCase(email)))
                .toList();
    }

    /** The organisation's standing today under the profile's membership rules ({@link MemberStanding}). */
    MemberStanding standing(MemberDto m) {
        Member member = new Member(m.id(), m.name(), m.kind(), m.phase(), m.state(), m.joinedOn(), List.of());
        return MemberStanding.of(member, profile.membership().membership(), today());
    }

    /** Whether the organisation is a current member today (not left, de-designated or a lapsed associate). */
    boolean isCurrent(MemberDto m) {
        return standing(m).actsAsMember();
    }

    private LocalDate today() {
        return clock.instant().atZone(profile.timeZone()).toLocalDate();
    }

    /** Current members, by name: the only organisations counted, listed, invited or put on the ladder. */
    List<MemberDto> activeMembers() {
        return plugin.members().stream()
                .filter(this::isCurrent)
                .sorted(Comparator.comparing(MemberDto::name))
                .toList();
    }

    /** The organisation with this id, current or former (for names and history). */
    Optional<MemberDto> member(String id) {
        return plugin.member(id);
    }

    /** The organisation with this id when it is a current member. */
    Optional<MemberDto> currentMember(String id) {
        return plugin.member(id).filter(this::isCurrent);
    }

    /**
     * A member as typed in a command: by id, name or the unambiguous start of its name ({@link
     * OrganisationNames}); IllegalArgumentException naming the candidates when several fit.
     */
    Optional<MemberDto> findMember(String idOrName) {
        return OrganisationNames.find(plugin.members(), idOrName);
    }

    /**
     * The person's name: as the settings give it ({@code Name <email>}), else as Confluence lists them, else
     * their Slack name, else their email (a coordinator configured by email only still has a name).
     */
    String nameOf(Caller c) {
        return config.nameOf(c.email())
                .or(() -> c.organisations().stream()
                        .flatMap(m -> m.people().stream())
                        .filter(p -> p.email().equalsIgnoreCase(c.email()) && p.name() != null)
                        .map(PersonDto::name)
                        .findFirst())
                .or(() -> Optional.of(slack.nameOf(c.slackUser())).filter(n -> !n.equals(c.slackUser())))
                .orElse(c.email());
    }

    String nameOf(String memberId) {
        return plugin.member(memberId).map(MemberDto::name).orElse(memberId);
    }

    /** Slack IDs of an organisation's people in one role (those found in the workspace). */
    List<String> slackUsers(MemberDto member, PersonRole role) {
        List<String> ids = new ArrayList<>();
        for (PersonDto p : member.people()) {
            if (p.role() == role) {
                slack.userIdOf(p.email()).ifPresent(ids::add);
            }
        }
        return ids;
    }

    /** Whom the bot invites for an organisation: its head, else its deputies. */
    List<String> inviteesOf(MemberDto member) {
        List<String> heads = slackUsers(member, PersonRole.HEAD);
        return heads.isEmpty() ? slackUsers(member, PersonRole.DEPUTY) : heads;
    }

    List<String> coordinators() {
        return usersByEmail(config.coordinatorEmails());
    }

    /** The emails a ladder audience names for one organisation. */
    Set<String> emailsFor(Audience audience, MemberDto member) {
        Set<String> emails = new LinkedHashSet<>();
        switch (audience) {
            case SCHOOL_LEADER ->
                member.people().stream()
                        .filter(p -> p.role() == PersonRole.HEAD)
                        .forEach(p -> emails.add(p.email()));
            case CHAIR_OF_GOVERNORS ->
                member.people().stream()
                        .filter(p -> p.role() == PersonRole.CHAIR)
                        .forEach(p -> emails.add(p.email()));
            case COLLABORATIVE_LEAD -> emails.addAll(config.coordinatorEmails());
            case PARTNERSHIP_LEADER ->
                emails.addAll(
                        config.partnershipLeaderEmails().isEmpty()
                                ? config.coordinatorEmails()
                                : config.partnershipLeaderEmails());
            case DIRECTOR_OR_REGIONAL_OFFICE -> emails.addAll(config.directorEmails());
        }
        return emails;
    }

    Optional<String> slackUserOf(String email) {
        return slack.userIdOf(email);
    }

    private List<String> usersByEmail(List<String> emails) {
        List<String> ids = new ArrayList<>();
        for (String e : emails) {
            slack.userIdOf(e).ifPresent(ids::add);
        }
        return ids;
    }
}
