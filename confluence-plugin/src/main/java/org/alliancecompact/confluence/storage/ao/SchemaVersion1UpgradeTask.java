package org.alliancecompact.confluence.storage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Model version 1: creates every table of the plugin. Later schema changes add a task for version 2 and
 * up, which migrates the entities and moves data, so an upgrade never loses what was stored.
 */
public final class SchemaVersion1UpgradeTask implements ActiveObjectsUpgradeTask {

    /** Every entity of the {@code ao} module, in the order atlassian-plugin.xml lists them. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            MemberEntity.class,
            EditionEntity.class,
            SignatureEntity.class,
            WithdrawalEntity.class,
            CategoryChangeEntity.class,
            SupportAssignmentEntity.class,
            EngagementReportEntity.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (currentVersion.isOlderThan(getModelVersion())) {
            ao.migrate(ENTITIES.toArray(new Class[0]));
        }
    }
}
