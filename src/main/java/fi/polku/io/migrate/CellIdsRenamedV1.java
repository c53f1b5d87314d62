package fi.polku.io.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.SourceLocations;
import fi.polku.model.MapPath;

/** Version 1 (the prototype's draft) named a touchpoint's cell {@code stageId}/{@code laneId}; 2 says {@code stage}/{@code lane}. */
final class CellIdsRenamedV1 implements MigrationStep {
    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public void migrate(ObjectNode root, SourceLocations locations) {
        JsonNode touchpoints = root.get("touchpoints");
        if (touchpoints == null || !touchpoints.isArray()) {
            return;
        }
        String arrayPath = MapPath.member(MapPath.ROOT, "touchpoints");
        for (int i = 0; i < touchpoints.size(); i++) {
            if (touchpoints.get(i) instanceof ObjectNode touchpoint) {
                String path = MapPath.element(arrayPath, i);
                rename(touchpoint, path, "stageId", "stage", locations);
                rename(touchpoint, path, "laneId", "lane", locations);
            }
        }
    }

    /** Only renames when the new name is free, so a file mixing both names is reported, not merged. */
    private static void rename(ObjectNode object, String path, String from, String to, SourceLocations locations) {
        if (object.has(from) && !object.has(to)) {
            // Rebuild to keep the field where it was: error messages then follow the file's order.
            ObjectNode copy = object.deepCopy();
            object.removeAll();
            copy.properties().forEach(e -> object.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
            locations.rename(MapPath.member(path, from), MapPath.member(path, to));
        }
    }
}
