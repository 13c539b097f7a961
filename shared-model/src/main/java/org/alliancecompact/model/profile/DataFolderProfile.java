package org.alliancecompact.model.profile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which alliance a data folder belongs to (issue 17 point 9: running another profile over an existing
 * {@code ./data} mixed two alliances' signatures and meetings). The first start records the profile in
 * {@value #FILE} inside the folder; every later start with another profile is refused with what to do.
 * A folder made before this record existed is adopted by the profile it is next started with.
 */
public final class DataFolderProfile {

    /** The record's file name inside the data folder. */
    public static final String FILE = "alliance-profile.properties";

    private DataFolderProfile() {}

    /**
     * Records {@code profile} in {@code folder} (created if missing) on the first start, or checks it.
     *
     * @param setting what ALLIANCE_PROFILE was set to (a bundled name or a file's path), repeated in the
     *     refusal so the person can run with it
     * @throws WrongProfile when the folder was made for another alliance (compared by profile id)
     * @throws UncheckedIOException when the folder cannot be read or written
     */
    public static void claim(Path folder, AllianceProfile profile, String setting) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Properties recorded = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    recorded.load(r);
                }
                String id = recorded.getProperty("id", "");
                if (!id.equals(profile.id())) {
                    throw new WrongProfile(
                            folder, recorded.getProperty("name", id), recorded.getProperty("setting", id));
                }
                return;
            }
            Files.createDirectories(folder);
            Properties record = new Properties();
            record.setProperty("id", profile.id());
            record.setProperty("name", profile.name());
            record.setProperty("setting", setting);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                record.store(w, "The alliance whose data this folder holds (written on first start; see README)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the alliance profile in " + file, e);
        }
    }

    /** The folder holds another alliance's data; the message says what to do. */
    public static final class WrongProfile extends RuntimeException {
        WrongProfile(Path folder, String name, String setting) {
            super(folder + " was made for " + name + "; run with ALLIANCE_PROFILE=" + setting + " or move " + folder
                    + " away to start afresh");
        }
    }
}
