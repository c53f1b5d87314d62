package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;

/**
 * Turns a parsed map file of one schema version into the next version, in place. Each step is small
 * and knows only its own two versions, so a new version adds a step and never edits an old one.
 */
public interface MigrationStep {
    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** True when a file of {@link #fromVersion()} is already a file of the next version (only fields were added). */
    default boolean changesNothing() {
        return false;
    }

    /** Rewrites {@code root}; renamed fields move their recorded positions along with them. */
    void migrate(ObjectNode root, SourceLocations locations);
}
