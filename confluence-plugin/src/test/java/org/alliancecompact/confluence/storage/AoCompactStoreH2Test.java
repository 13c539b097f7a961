package org.alliancecompact.confluence.storage;

import javax.sql.DataSource;
import org.alliancecompact.confluence.TestDatabases;

/** The store contract on H2, the preview server's database. */
class AoCompactStoreH2Test extends CompactStoreContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.freshH2();
    }
}
