package fi.polku.cli;

import fi.polku.export.ExportScope;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.text.Localization;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the stages and lanes a command line names: by id, by name (ignoring case) or by number from 1. */
final class MapSelectors {
    private MapSelectors() {
    }

    /** {@code A..B} or a single stage {@code A}. */
    static ExportScope.StageRange stageRange(JourneyMap map, String text) {
        int dots = text.indexOf("..");
        String first = dots < 0 ? text : text.substring(0, dots);
        String last = dots < 0 ? text : text.substring(dots + 2);
        return new ExportScope.StageRange(stageId(map, first.strip()), stageId(map, last.strip()));
    }

    static String stageId(JourneyMap map, String name) {
        List<Stage> stages = map.stages();
        for (Stage s : stages) {
            if (s.id().equals(name)) {
                return s.id();
            }
        }
        for (Stage s : stages) {
            if (s.name().strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return s.id();
            }
        }
        if (name.matches("\\d{1,6}")) {
            int n = Integer.parseInt(name);
            if (n >= 1 && n <= stages.size()) {
                return stages.get(n - 1).id();
            }
        }
        throw new IllegalArgumentException(Localization.format("cli.select.noStage", name, stages.stream()
                .map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(", ")), stages.size()));
    }

    static String laneId(JourneyMap map, String name) {
        for (Lane l : map.lanes()) {
            if (l.id().equals(name)) {
                return l.id();
            }
        }
        for (Lane l : map.lanes()) {
            if (l.name().strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return l.id();
            }
        }
        throw new IllegalArgumentException(Localization.format("cli.select.noLane", name, map.lanes().stream()
                .map(l -> "\"" + l.name() + "\"").collect(Collectors.joining(", "))));
    }
}
