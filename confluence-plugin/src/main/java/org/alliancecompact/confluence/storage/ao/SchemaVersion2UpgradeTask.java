package org.alliancecompact.confluence.storage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Model version 2 adds the store-version table that read caches check. Migrating only adds a table:
 * every row stored under version 1 stays as it is.
 */
public final class SchemaVersion2UpgradeTask implements ActiveObjectsUpgradeTask {

    /** Every entity of the {@code ao} module at version 2, in the order atlassian-plugin.xml lists them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = entities();

    private static List<Class<? extends RawEntity<?>>> entities() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(SchemaVersion1UpgradeTask.ENTITIES);
        all.add(StoreVersionEntity.class);
        return List.copyOf(all);
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (currentVersion.isOlderThan(getModelVersion())) {
            ao.migrate(ENTITIES.toArray(new Class[0]));
        }
    }
}
