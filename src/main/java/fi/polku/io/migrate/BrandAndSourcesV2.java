package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;

/**
 * Version 3 adds a map's brand (accent colour and logo) and the sources of an estimate's factors. A version 2
 * file has neither, so it reads as it is; the new number makes an older Polku refuse a version 3 file (with
 * its "newer version" message) instead of opening it and dropping the brand and sources at the next save.
 */
final class BrandAndSourcesV2 implements MigrationStep {
    @Override
    public int fromVersion() {
        return 2;
    }

    @Override
    public boolean changesNothing() {
        return true;
    }

    @Override
    public void migrate(ObjectNode root, SourceLocations locations) {
        // Nothing to rewrite: every version 2 field means the same in version 3.
    }
}
