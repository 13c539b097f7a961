package org.alliancecompact.confluence.macro;

import java.util.List;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.service.RegisterService.LadderPlace;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.engagement.LadderLevel;
import org.alliancecompact.model.profile.AllianceProfile;

/**
 * The {@code engagement-ladder} macro's HTML: where each organisation stands on the alliance's
 * disengagement ladder as the bot last reported it, with the level's meaning and suggested actions from
 * the profile. Built only from {@link RegisterService#ladder}, which leaves out what the viewer may not see.
 */
public final class EngagementLadderRenderer {

    private static final List<String> COLUMNS = List.of(
            "compact.ladder.col.member",
            "compact.ladder.col.level",
            "compact.ladder.col.why",
            "compact.ladder.col.actions",
            "compact.ladder.col.reported");

    private final RegisterService register;
    private final AllianceProfile profile;

    public EngagementLadderRenderer(RegisterService register, AllianceProfile profile) {
        this.register = Objects.requireNonNull(register, "register");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** @param showEngaged also list organisations back at level 0 */
    public String render(Caller viewer, boolean showEngaged) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"compact-macro compact-engagement-ladder\" data-macro=\"engagement-ladder\">\n")
                .append("<h2>")
                .append(Html.t("compact.ladder.title"))
                .append("</h2>\n");
        if (viewer == null) {
            return h.append("<div class=\"aui-message aui-message-info\"><p>")
                    .append(Html.t("compact.ladder.signIn"))
                    .append("</p></div>\n</section>\n")
                    .toString();
        }
        List<LadderPlace> places = register.ladder(viewer);
        List<LadderPlace> shown = places.stream()
                .filter(p -> showEngaged || p.report().level() > 0)
                .toList();
        long engaged = places.stream().filter(p -> p.report().level() == 0).count();
        if (shown.isEmpty()) {
            h.append("<p class=\"compact-empty\">")
                    .append(Html.t(
                            viewer.coordinator() || viewer.integration()
                                    ? "compact.ladder.emptyAll"
                                    : "compact.ladder.emptyOwn"))
                    .append("</p>\n");
        } else {
            h.append("<table class=\"aui compact-table compact-ladder\">\n<thead><tr>");
            for (String column : COLUMNS) {
                h.append("<th scope=\"col\">").append(Html.t(column)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (LadderPlace p : shown) {
                row(h, p);
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!showEngaged && engaged > 0) {
            h.append("<p class=\"compact-engaged\">")
                    .append(Html.t("compact.ladder.engaged", engaged))
                    .append("</p>\n");
        }
        return h.append("</section>\n").toString();
    }

    private void row(StringBuilder h, LadderPlace p) {
        int level = p.report().level();
        LadderLevel meaning = level == 0 ? null : profile.engagement().level(level);
        h.append("<tr data-member-id=\"")
                .append(Html.attr(p.memberId()))
                .append("\" data-level=\"")
                .append(level)
                .append("\"><th scope=\"row\" data-label=\"")
                .append(Html.attr(Texts.get(COLUMNS.get(0))))
                .append("\">")
                .append(Html.text(p.memberName()))
                .append("</th><td data-label=\"")
                .append(Html.attr(Texts.get(COLUMNS.get(1))))
                .append("\">")
                .append(
                        level == 0
                                ? Html.lozenge("success", Texts.get("compact.ladder.engagedLevel"))
                                : Html.lozenge(
                                                level >= 3 ? "removed" : "moved",
                                                Texts.get("compact.ladder.level", level))
                                        + " " + Html.text(meaning.description()))
                .append("</td><td data-label=\"")
                .append(Html.attr(Texts.get(COLUMNS.get(2))))
                .append("\">");
        list(h, p.report().reasons());
        h.append("</td><td data-label=\"")
                .append(Html.attr(Texts.get(COLUMNS.get(3))))
                .append("\">");
        list(h, meaning == null ? List.of() : meaning.actions());
        h.append("</td><td data-label=\"")
                .append(Html.attr(Texts.get(COLUMNS.get(4))))
                .append("\">")
                .append(Html.instant(p.report().at(), profile.timeZone()))
                .append("</td></tr>\n");
    }

    private static void list(StringBuilder h, List<String> items) {
        if (items.isEmpty()) {
            h.append("&#8212;");
            return;
        }
        h.append("<ul>");
        for (String item : items) {
            h.append("<li>").append(Html.text(item)).append("</li>");
        }
        h.append("</ul>");
    }
}
