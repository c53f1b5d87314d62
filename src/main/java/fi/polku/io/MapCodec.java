package fi.polku.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapPath;
import fi.polku.model.MapRepair;
import fi.polku.model.MapValidator;
import fi.polku.text.Text;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and writes the {@code *.polku.json} project file: older schema versions are migrated on
 * load, newer ones refused, and every problem is reported with the file name, line and column.
 */
public final class MapCodec {
    private MapCodec() {
    }

    /**
     * Reads a map file.
     *
     * @param fileName the name used in problem messages
     * @throws MapFileException with every problem found: one for a syntax error or a broken limit, all of
     *                          them for wrong types, unknown fields and validation rules
     */
    public static JourneyMap read(byte[] bytes, String fileName) throws MapFileException {
        if (bytes.length > MapFiles.MAX_BYTES) {
            throw new MapFileException(new Problem(fileName, 0, 0, "",
                    Text.of("io.file.tooLarge", MapFiles.MAX_BYTES >> 20)));
        }
        Text notMap = NotAMap.recognize(bytes);
        if (notMap != null) {
            throw new MapFileException(new Problem(fileName, 0, 0, "", notMap));
        }
        int start = MapFileText.cleanStart(bytes);
        if (start >= 0) {
            // The usual case, a valid current file: no tree, no positions.
            JourneyMap quick = StreamingMapDecoder.read(bytes, start);
            if (quick != null && MapValidator.validate(quick).isEmpty()) {
                return quick;
            }
        }
        ObjectNode root;
        SourceLocations locations;
        ObjectNode tree = start < 0 ? null : PlainJsonReader.read(bytes, start);
        if (tree != null) {
            // Well-formed JSON: positions are found later, and only for the problems found.
            root = tree;
            locations = new SourceLocations(bytes, start);
        } else {
            // Something is wrong with the text itself; this reader says what and where.
            LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, fileName), fileName);
            root = parsed.root();
            locations = parsed.locations();
        }
        int version = schemaVersion(root, locations, fileName);
        Migrations.toCurrent(root, version, locations);
        DecodeProblems problems = new DecodeProblems(fileName, locations);
        JourneyMap map = MapTreeDecoder.decode(root, MapPath.ROOT, problems);
        if (map == null) {
            throw new MapFileException(inFileOrder(problems.all()));
        }
        List<MapValidator.Violation> violations = MapValidator.validate(map);
        if (!violations.isEmpty()) {
            MapRepair.Result repair = MapRepair.repair(map);
            throw new MapFileException(inFileOrder(locations.problems(fileName, violations)),
                    repair.repaired() ? repair.map() : null);
        }
        return map;
    }

    /** The canonical bytes of {@code map}: the same map always gives the same bytes. */
    public static byte[] write(JourneyMap map) {
        return CanonicalMapWriter.write(map);
    }

    /** Sorted by line and column (stable), so a user can walk through the file top to bottom. */
    private static List<Problem> inFileOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    private static int schemaVersion(ObjectNode root, SourceLocations locations, String file)
            throws MapFileException {
        String path = MapPath.member(MapPath.ROOT, "schemaVersion");
        JsonNode version = root.get("schemaVersion");
        if (version == null && !root.has("stages") && !root.has("lanes")) {
            throw new MapFileException(new Problem(file, 0, 0, "", NotAMap.otherJson()));
        }
        if (version == null) {
            throw new MapFileException(locations.problem(file, MapPath.ROOT, Text.of("io.version.missing")));
        }
        if (!version.isIntegralNumber()) {
            throw new MapFileException(locations.problem(file, path,
                    ObjectFields.mustBe("schemaVersion", "io.type.wholeNumber", version)));
        }
        BigInteger number = version.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(Migrations.CURRENT_VERSION)) > 0) {
            throw new MapFileException(locations.problem(file, path, Text.of("io.version.newer", version.asText(),
                    Integer.toString(Migrations.CURRENT_VERSION))));
        }
        if (number.signum() <= 0) {
            throw new MapFileException(locations.problem(file, path, Text.of("io.version.unknown", number.toString())));
        }
        return number.intValue();
    }
}
