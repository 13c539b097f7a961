package com.atlassian.activeobjects.external;

/**
 * An upgrade of the plugin's Active Objects schema or data, listed in the {@code ao} module.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/latest/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html">ActiveObjectsUpgradeTask javadoc</a>
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
