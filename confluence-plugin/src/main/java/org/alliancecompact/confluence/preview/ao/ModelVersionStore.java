package org.alliancecompact.confluence.preview.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import net.java.ao.ActiveObjectsException;

/**
 * The model version the plugin's AO schema is at, per table prefix: in Confluence the AO plugin keeps it
 * in the host's plugin settings; outside, in one small table of our own, {@code PLUGIN_AO_MODEL_VERSION}.
 * Its name has no {@code AO_} prefix, so AO never manages it. A database without the row is at version 0.
 */
final class ModelVersionStore {

    private static final String TABLE = "PLUGIN_AO_MODEL_VERSION";

    private final DataSource dataSource;
    private final String prefix;

    ModelVersionStore(DataSource dataSource, AoTablePrefix prefix) {
        this.dataSource = dataSource;
        this.prefix = prefix.value();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (TABLE_PREFIX VARCHAR(32) PRIMARY KEY, MODEL_VERSION INTEGER NOT NULL)");
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot create " + TABLE + ": " + e.getMessage(), e);
        }
    }

    ModelVersion current() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT MODEL_VERSION FROM " + TABLE + " WHERE TABLE_PREFIX = ?")) {
            s.setString(1, prefix);
            try (ResultSet r = s.executeQuery()) {
                return ModelVersion.valueOf(r.next() ? Integer.toString(r.getInt(1)) : "0");
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot read the model version: " + e.getMessage(), e);
        }
    }

    void update(ModelVersion version) {
        int value = Integer.parseInt(version.toString());
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement("UPDATE " + TABLE + " SET MODEL_VERSION = ? WHERE TABLE_PREFIX = ?")) {
            update.setInt(1, value);
            update.setString(2, prefix);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert =
                        c.prepareStatement("INSERT INTO " + TABLE + " (TABLE_PREFIX, MODEL_VERSION) VALUES (?, ?)")) {
                    insert.setString(1, prefix);
                    insert.setInt(2, value);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("cannot store the model version: " + e.getMessage(), e);
        }
    }
}
