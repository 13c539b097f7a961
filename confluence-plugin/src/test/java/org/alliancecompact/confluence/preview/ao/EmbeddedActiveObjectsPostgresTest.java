package org.alliancecompact.confluence.preview.ao;

import javax.sql.DataSource;
import org.alliancecompact.confluence.TestDatabases;

/** The adapter on real PostgreSQL (embedded). */
class EmbeddedActiveObjectsPostgresTest extends EmbeddedActiveObjectsContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
