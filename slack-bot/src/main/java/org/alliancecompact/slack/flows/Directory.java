package org.alliancecompact.slack.flows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.engagement.Audience;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.text.BotText;

/**
 * Who is who: a Slack user is matched to a member organisation by their Slack email (users.info)
 * against the people the plugin lists for each member. Coordinators, the partnership leader and
 * directors are named by email in the bot's configuration.
 */
final class Directory {
    private final SlackMessenger slack;
    private final PluginClient plugin;
    private final BotConfig config;

    Directory(SlackMessenger slack, PluginClient plugin, BotConfig config) {
        this.slack = slack;
        this.plugin = plugin;
        this.config = config;
    }

    /**
     * The caller with every current member organisation they act for, or {@link NotRecognised} when they are
     * neither a member's person nor a coordinator.
     */
    Caller who(String slackUser) {
        String email = slack.emailOf(slackUser).orElseThrow(() -> new NotRecognised(BotText.get("who.noEmail")));
        List<MemberDto> organisations = organisationsOf(email);
        boolean coordinator = config.isCoordinator(email);
        if (organisations.isEmpty() && !coordinator) {
            throw new NotRecognised(BotText.get("who.unknown", email));
        }
        return new Caller(slackUser, email, organisations, coordinator);
    }

    /** Every current member organisation that lists this email among its people, in the plugin's order. */
    List<MemberDto> organisationsOf(String email) {
        return plugin.members().stream()
                .filter(m -> m.state().isCurrent())
                .filter(m -> m.people().stream().anyMatch(p -> p.email().equalsIgnoreCase(email)))
                .toList();
    }

    /** Current members (not left, not de-designated), by name. */
    List<MemberDto> activeMembers() {
        return plugin.members().stream()
                .filter(m -> m.state().isCurrent())
                .sorted(java.util.Comparator.comparing(MemberDto::name))
                .toList();
    }

    Optional<MemberDto> member(String id) {
        return plugin.member(id);
    }

    /** A member by id or (case-insensitive) name, as typed in a command. */
    Optional<MemberDto> findMember(String idOrName) {
        String q = idOrName.strip();
        return plugin.members().stream()
                .filter(m -> m.id().equalsIgnoreCase(q) || m.name().equalsIgnoreCase(q))
                .findFirst();
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
