package org.alliancecompact.confluence.storage;

import javax.sql.DataSource;
import org.alliancecompact.confluence.TestDatabases;

/** The store contract on real PostgreSQL (embedded), one of the databases Confluence Data Center runs on. */
class AoCompactStorePostgresTest extends CompactStoreContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
