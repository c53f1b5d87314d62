package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;

/**
 * Version 5 adds a persona's {@code colour}, the personas a touchpoint is for ({@code personas}), its named
 * {@code feeling} and {@code intendedFeeling}, the map's own feeling vocabulary ({@code feelings}) and the
 * presenter's slide choice ({@code presentation}). A version 4 file has none of them: its touchpoints are for
 * everyone, it uses the built-in feelings and shows every slide, so it reads as it is. The new number makes an
 * older Polku refuse a version 5 file instead of dropping the new fields at its next save.
 */
final class PersonasAndFeelingsV4 implements MigrationStep {
    @Override
    public int fromVersion() {
        return 4;
    }

    @Override
    public boolean changesNothing() {
        return true;
    }

    @Override
    public void migrate(ObjectNode root, SourceLocations locations) {
        // Nothing to rewrite: every version 4 field means the same in version 5.
    }
}
