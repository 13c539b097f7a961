package org.alliancecompact.confluence.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileLoader;

/** The alliance profile this installation runs with: a bundled name ("bolton") or a YAML file path. */
public final class ProfileSource {

    /** Confluence system property naming the profile (set in setenv.sh: -Dalliance.profile=oldham). */
    public static final String PROPERTY = "alliance.profile";

    public static final String DEFAULT = "bolton";

    private final AllianceProfile profile;

    public ProfileSource(AllianceProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** A bundled profile name or the path of a profile file. */
    public static ProfileSource named(String nameOrPath) {
        String value = nameOrPath == null || nameOrPath.isBlank() ? DEFAULT : nameOrPath.trim();
        ProfileLoader loader = new ProfileLoader();
        if (value.endsWith(".yml") || value.endsWith(".yaml") || Files.isRegularFile(Path.of(value))) {
            return new ProfileSource(loader.load(Path.of(value)));
        }
        return new ProfileSource(loader.loadBundled(value));
    }

    /** Used by the plugin's Spring context. */
    public static ProfileSource fromSystemProperty() {
        return named(System.getProperty(PROPERTY, DEFAULT));
    }

    public AllianceProfile profile() {
        return profile;
    }
}
