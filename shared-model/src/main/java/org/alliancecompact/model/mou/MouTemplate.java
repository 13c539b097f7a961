package org.alliancecompact.model.mou;

import java.util.List;

/** The text of an alliance's MOU as its profile holds it: titled sections of numbered clauses. */
public record MouTemplate(String title, List<Section> sections) {

    public MouTemplate {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("mou.title is required");
        }
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("mou.sections must list at least one section");
        }
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<Clause> clauses) {
        public Section {
            if (heading == null || heading.isBlank()) {
                throw new IllegalArgumentException("mou.sections[].heading is required");
            }
            if (clauses == null || clauses.isEmpty()) {
                throw new IllegalArgumentException("mou.sections[].clauses must list at least one clause");
            }
            clauses = List.copyOf(clauses);
        }
    }

    public record Clause(String number, String text) {
        public Clause {
            if (number == null || number.isBlank()) {
                throw new IllegalArgumentException("mou.sections[].clauses[].number is required");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("mou clause " + number + " has no text");
            }
        }
    }
}
