package fi.polku.ui;

import fi.polku.model.JourneyMap;

import java.util.HashSet;
import java.util.Set;

/** Fresh ids for new stages, lanes and touchpoints: a prefix and the first number not used in the map. */
final class MapIds {
    private MapIds() {
    }

    static String next(JourneyMap map, String prefix) {
        Set<String> used = new HashSet<>();
        map.stages().forEach(s -> used.add(s.id()));
        map.lanes().forEach(l -> used.add(l.id()));
        map.touchpoints().forEach(t -> used.add(t.id()));
        map.personas().forEach(p -> used.add(p.id()));
        map.connections().forEach(c -> used.add(c.id()));
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
