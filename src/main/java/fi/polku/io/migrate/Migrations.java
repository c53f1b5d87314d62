package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;

import java.util.List;

/** The chain of steps that brings any older map file up to the current schema version. */
public final class Migrations {
    /** The schema version this build reads and writes. */
    public static final int CURRENT_VERSION = 5;

    /** One step per older version, in order; step {@code i} reads version {@code i + 1}. */
    private static final List<MigrationStep> STEPS = List.of(new CellIdsRenamedV1(), new BrandAndSourcesV2(),
            new VotingV3(), new PersonasAndFeelingsV4());

    private Migrations() {
    }

    /**
     * True when a file of {@code version} reads as a current one, because every step from it on only added
     * fields: the quick reader then takes it as it is, without a tree to migrate.
     */
    public static boolean readsAsCurrent(int version) {
        if (version < 1 || version > CURRENT_VERSION) {
            return false;
        }
        for (MigrationStep step : STEPS) {
            if (step.fromVersion() >= version && !step.changesNothing()) {
                return false;
            }
        }
        return true;
    }

    /** Migrates {@code root} from {@code version} to {@link #CURRENT_VERSION}; {@code version} must be 1..current. */
    public static void toCurrent(ObjectNode root, int version, SourceLocations locations) {
        for (MigrationStep step : STEPS) {
            if (step.fromVersion() >= version) {
                step.migrate(root, locations);
            }
        }
        root.set("schemaVersion", IntNode.valueOf(CURRENT_VERSION));
    }
}
