package org.alliancecompact.confluence.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.alliancecompact.model.api.EditionDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.mou.MouTemplate;

/**
 * The few values both stores keep as JSON text: a member's people, an edition's sections, a report's
 * reasons. They are always read and written whole, so a column each is simpler than child tables.
 */
public final class JsonColumns {

    private static final TypeReference<List<PersonDto>> PEOPLE = new TypeReference<>() {};
    private static final TypeReference<List<EditionDto.SectionDto>> SECTIONS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper();

    public String people(List<Person> people) {
        return write(people.stream().map(PersonDto::from).toList());
    }

    public List<Person> people(String json) {
        return read(json, PEOPLE).stream().map(PersonDto::toDomain).toList();
    }

    public String sections(List<MouTemplate.Section> sections) {
        return write(sections.stream()
                .map(s -> new EditionDto.SectionDto(
                        s.heading(),
                        s.clauses().stream()
                                .map(c -> new EditionDto.ClauseDto(c.number(), c.text()))
                                .toList()))
                .toList());
    }

    public List<MouTemplate.Section> sections(String json) {
        return read(json, SECTIONS).stream()
                .map(s -> new MouTemplate.Section(
                        s.heading(),
                        s.clauses().stream()
                                .map(c -> new MouTemplate.Clause(c.number(), c.text()))
                                .toList()))
                .toList();
    }

    public String strings(List<String> values) {
        return write(values);
    }

    public List<String> strings(String json) {
        return read(json, STRINGS);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON column", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON column is unreadable", e);
        }
    }
}
