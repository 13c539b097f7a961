package org.alliancecompact.confluence.preview.ao;

import javax.sql.DataSource;
import org.alliancecompact.confluence.TestDatabases;

/** The adapter on H2, the preview server's database. */
class EmbeddedActiveObjectsH2Test extends EmbeddedActiveObjectsContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.freshH2();
    }
}
