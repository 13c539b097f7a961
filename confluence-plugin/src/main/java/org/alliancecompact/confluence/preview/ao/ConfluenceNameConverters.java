package org.alliancecompact.confluence.preview.ao;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.IndexNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SequenceNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.TriggerNameConverter;
import net.java.ao.schema.UniqueNameConverter;

/**
 * The names Confluence gives a plugin's tables, columns, indexes and constraints: the library's own
 * {@code net.java.ao.atlassian} converters (shipped in the Active Objects 6.1.1 jar, and the ones
 * Confluence's AO plugin configures), with the plugin's {@link AoTablePrefix}. So {@code @Table("MEMBER")}
 * becomes {@code AO_xxxxxx_MEMBER}, {@code getMemberId()} the column {@code MEMBER_ID} (upper case,
 * words split by underscores), indexes {@code index_<table>_<column>} and unique constraints
 * {@code U_<table>_<column>}, each shortened with a hash to at most 30 characters (the Oracle limit AO
 * keeps to on every database). The library itself refuses a table name longer than 30 characters.
 */
final class ConfluenceNameConverters implements NameConverters {

    private final TableNameConverter tables;
    private final FieldNameConverter fields = new AtlassianFieldNameConverter();
    private final SequenceNameConverter sequences = new AtlassianSequenceNameConverter();
    private final TriggerNameConverter triggers = new AtlassianTriggerNameConverter();
    private final IndexNameConverter indexes = new AtlassianIndexNameConverter();
    private final UniqueNameConverter uniques = new AtlassianUniqueNameConverter();

    ConfluenceNameConverters(AoTablePrefix prefix) {
        this.tables = new AtlassianTableNameConverter(prefix);
    }

    @Override
    public TableNameConverter getTableNameConverter() {
        return tables;
    }

    @Override
    public FieldNameConverter getFieldNameConverter() {
        return fields;
    }

    @Override
    public SequenceNameConverter getSequenceNameConverter() {
        return sequences;
    }

    @Override
    public TriggerNameConverter getTriggerNameConverter() {
        return triggers;
    }

    @Override
    public IndexNameConverter getIndexNameConverter() {
        return indexes;
    }

    @Override
    public UniqueNameConverter getUniqueNameConverter() {
        return uniques;
    }
}
