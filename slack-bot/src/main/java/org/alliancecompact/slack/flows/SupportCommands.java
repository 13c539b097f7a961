package org.alliancecompact.slack.flows;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * The typed support commands, read before the acknowledgement so a malformed one is answered at once with its
 * usage: {@code /alliance support [organisation] <days> <focus>} and the coordinators' moves
 * {@code /alliance claim|broker|assign|start|complete|decline <request> [...]}, which do exactly what the
 * request's buttons do (issue 17, point 3).
 */
final class SupportCommands {
    private SupportCommands() {}

    /** A request typed as a command; {@code organisation} as typed (name or id), null when not named. */
    record Filing(String organisation, String days, String focus) {}

    /** A coordinator's move typed as a command: the verb, the request number and what follows it. */
    record Move(String verb, String requestId, String rest) {}

    /**
     * {@code support [organisation words] <days> <focus words>}: the first word that reads as a number is the days;
     * the words before it name the organisation, the words after it the focus. Empty when there is no number or
     * no focus after it.
     */
    static Optional<Filing> filing(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (words[i].matches("-?[\\d.,]*\\d[\\d.,]*") && i + 1 < words.length) {
                String organisation = i == 1 ? null : String.join(" ", Arrays.copyOfRange(words, 1, i));
                String focus = String.join(" ", Arrays.copyOfRange(words, i + 1, words.length));
                return Optional.of(new Filing(organisation, words[i], focus));
            }
        }
        // "support abc phonics": no number at all; the second word is taken as the days, so the answer says why
        if (words.length >= 3) {
            return Optional.of(
                    new Filing(null, words[1], String.join(" ", Arrays.copyOfRange(words, 2, words.length))));
        }
        return Optional.empty();
    }

    /**
     * The id of the organisation {@code typed} (its id, name or the unambiguous start of its name, {@link
     * OrganisationNames}) among those the caller acts for. IllegalArgumentException saying whether no member is
     * called that or the caller does not act for it, with the organisations they do act for.
     */
    static String organisationOf(Caller c, Directory directory, String typed) {
        Optional<MemberDto> own = OrganisationNames.find(c.organisations(), typed);
        if (own.isPresent()) {
            return own.get().id();
        }
        String theirs =
                Words.list(c.organisations().stream().map(MemberDto::name).toList());
        Optional<MemberDto> other = OrganisationNames.find(directory.activeMembers(), typed);
        String answer = other.isPresent()
                ? BotText.get("support.command.notYours", other.get().name(), theirs)
                : BotText.get("organisation.none", typed.strip())
                        + (theirs.isEmpty() ? "" : " " + BotText.get("support.command.youActFor", theirs));
        throw new IllegalArgumentException(answer);
    }

    /**
     * {@code claim|start <request>}, {@code broker <request> <note>}, {@code assign <request> <organisation>},
     * {@code complete <request> <days given>}, {@code decline <request> <reason>}; the request as {@code 3} or
     * {@code #3}. Empty when the words do not fit.
     */
    static Optional<Move> move(String[] words) {
        if (words.length < 2 || !words[1].matches("#?\\d{1,18}")) {
            return Optional.empty();
        }
        String verb = words[0].toLowerCase(Locale.ROOT);
        String id = words[1].replace("#", "");
        String rest = words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 2, words.length)) : null;
        boolean needsMore = switch (verb) {
            case "broker", "assign", "complete", "decline" -> true;
            default -> false;
        };
        if (needsMore != (rest != null)) {
            return Optional.empty();
        }
        return Optional.of(new Move(verb, id, rest));
    }

    /**
     * What is missing from a move that did not fit ({@link #move} empty), for that command only: the request
     * number, or what follows it ("Give a reason: `/alliance decline 6 <reason>`"), or that nothing follows.
     */
    static String usage(String[] words) {
        String verb = words[0].toLowerCase(Locale.ROOT);
        if (words.length < 2 || !words[1].matches("#?\\d{1,18}")) {
            return BotText.get("support.command.usage.number", verb, BotText.get("support.command.after." + verb));
        }
        String id = words[1].replace("#", "");
        return switch (verb) {
            case "broker", "assign", "complete", "decline" -> BotText.get("support.command.usage." + verb, id);
            default -> BotText.get("support.command.usage.nothingAfter", verb, id);
        };
    }

    /** Runs the move through the same checks and notices as its button and form. */
    static void run(SupportFlow support, Caller c, Move m, Reply reply) {
        switch (m.verb()) {
            case "claim" -> support.claim(c, m.requestId(), reply);
            case "start" -> support.start(c, m.requestId(), reply);
            case "broker" -> support.broker(c, m.requestId(), m.rest(), reply);
            case "assign" -> support.assign(c, m.requestId(), m.rest(), reply);
            case "complete" -> support.complete(c, m.requestId(), m.rest(), reply);
            case "decline" -> support.decline(c, m.requestId(), m.rest(), reply);
            default -> throw new IllegalArgumentException(BotText.get("support.command.usage"));
        }
    }
}
