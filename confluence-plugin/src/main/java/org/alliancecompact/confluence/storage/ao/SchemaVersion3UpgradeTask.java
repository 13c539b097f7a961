package org.alliancecompact.confluence.storage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3 makes room for values Active Objects refused or a column could not hold:
 *
 * <ul>
 *   <li>{@code CATEGORY_CHANGE.CRITERIA} may be NULL: a change with no criterion ticked (every change
 *       under profiles without criteria, such as Bolton's and Exceed's) is stored as NULL, because AO
 *       refuses an empty string in a NOT NULL column ("Cannot set non-null String field CRITERIA to ''":
 *       Oracle, one of the databases Data Center supports, cannot tell '' from NULL).
 *   <li>{@code CATEGORY_CHANGE.SET_BY}, {@code WITHDRAWAL.RECORDED_BY} (the caller as the host names
 *       them, not limited to 254 characters) and {@code EDITION.TITLE} (the profile's MOU title, of no
 *       set length) become unlimited text.
 * </ul>
 *
 * AO's migration alters those columns in place (drops NOT NULL, widens the type): every row stored under
 * version 2 stays as it was.
 */
public final class SchemaVersion3UpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (currentVersion.isOlderThan(getModelVersion())) {
            ao.migrate(SchemaVersion2UpgradeTask.ENTITIES.toArray(new Class[0]));
        }
    }
}
