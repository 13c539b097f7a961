package com.atlassian.activeobjects.external;

/**
 * The version of a plugin's Active Objects model (a positive integer in practice).
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/latest/apidocs/com/atlassian/activeobjects/external/ModelVersion.html">ModelVersion javadoc</a>
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion other && other.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return Integer.toString(version);
    }
}
