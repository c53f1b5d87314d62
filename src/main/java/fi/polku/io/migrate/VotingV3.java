package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;

/**
 * Version 4 adds a map's dot-voting round (voters, dots per voter and the dots given), the survey mappings
 * saved in the map ({@code surveyMappings}), a measurement's {@code round} and a custom metric's
 * {@code kind} (yes/no). A version 3 file has none of them, so it reads as it is; the new number makes an
 * older Polku refuse a version 4 file (with its "newer version" message) instead of opening it and dropping
 * them at the next save.
 */
final class VotingV3 implements MigrationStep {
    @Override
    public int fromVersion() {
        return 3;
    }

    @Override
    public boolean changesNothing() {
        return true;
    }

    @Override
    public void migrate(ObjectNode root, SourceLocations locations) {
        // Nothing to rewrite: every version 3 field means the same in version 4.
    }
}
