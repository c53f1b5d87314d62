package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Removes touchpoints together with everything that refers to them, so that no reference dangles. */
final class TouchpointRemoval {
    private TouchpointRemoval() {
    }

    /** Without the touchpoints matching {@code doomed}, their connections and their opportunity links. */
    static JourneyMap remove(JourneyMap map, Predicate<Touchpoint> doomed) {
        List<Touchpoint> kept = new ArrayList<>(map.touchpoints().size());
        Set<String> removed = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            if (doomed.test(t)) {
                removed.add(t.id());
            } else {
                kept.add(t);
            }
        }
        if (removed.isEmpty()) {
            return map;
        }
        List<Connection> connections = map.connections().stream()
                .filter(c -> !removed.contains(c.from()) && !removed.contains(c.to()))
                .toList();
        List<Opportunity> opportunities = map.opportunities().stream()
                .map(o -> withoutTouchpoints(o, removed))
                .toList();
        return map.withTouchpoints(kept).withConnections(connections).withOpportunities(opportunities);
    }

    private static Opportunity withoutTouchpoints(Opportunity o, Set<String> removed) {
        if (o.touchpointIds().stream().noneMatch(removed::contains)) {
            return o;
        }
        List<String> ids = o.touchpointIds().stream().filter(id -> !removed.contains(id)).toList();
        return new Opportunity(o.id(), o.text(), ids, o.estimate());
    }
}
