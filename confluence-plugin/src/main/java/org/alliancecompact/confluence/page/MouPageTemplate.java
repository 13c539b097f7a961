package org.alliancecompact.confluence.page;

import java.util.Objects;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.MouTemplate;
import org.owasp.encoder.Encode;

/**
 * The MOU page built from the profile's clauses: title, edition, effective and review dates, each
 * section's numbered clauses, then the signature macro. {@link #storageFormat} is Confluence storage
 * format (what a blueprint or the REST content API stores); {@link #preview} is the same as plain HTML.
 * A change of clauses makes a new edition ({@link MouService#currentEdition}); this page shows the
 * current one, and the macro keeps the earlier editions' signatures as history.
 */
public final class MouPageTemplate {

    private final MouService mou;

    public MouPageTemplate(MouService mou) {
        this.mou = Objects.requireNonNull(mou, "mou");
    }

    /** The page title, stable per edition. */
    public String title(MouEdition edition) {
        return Texts.get("compact.page.title", edition.title(), edition.number());
    }

    public String storageFormat(MouEdition edition) {
        return body(edition)
                + "<ac:structured-macro ac:name=\"mou-signature\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"showHistory\">true</ac:parameter></ac:structured-macro>\n";
    }

    public String preview(MouEdition edition) {
        return "<article class=\"compact-mou-page\">\n" + body(edition) + "</article>\n";
    }

    private String body(MouEdition edition) {
        StringBuilder h = new StringBuilder();
        // no heading of the title: Confluence shows the page title above the body
        // the edition is of the document (its title), not of the alliance
        h.append("<p class=\"compact-edition\">")
                .append(Encode.forXml(Texts.get(
                        "compact.page.edition",
                        edition.number(),
                        edition.title(),
                        EnGb.date(edition.effectiveDate()),
                        EnGb.date(edition.reviewDate()))))
                .append("</p>\n");
        for (MouTemplate.Section section : edition.sections()) {
            h.append("<h2>").append(Encode.forXml(section.heading())).append("</h2>\n");
            for (MouTemplate.Clause clause : section.clauses()) {
                h.append("<p class=\"compact-clause\"><strong>")
                        .append(Encode.forXml(clause.number()))
                        .append("</strong> ")
                        .append(Encode.forXml(clause.text()))
                        .append("</p>\n");
            }
        }
        h.append("<p class=\"compact-fingerprint\">")
                .append(Encode.forXml(Texts.get("compact.page.fingerprint")))
                .append(" <code>")
                .append(Encode.forXml(edition.fingerprint()))
                .append("</code></p>\n");
        return h.toString();
    }
}
