package fi.polku.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validity rules of docs/file-format.md, checked independently of the production code so that
 * tests of generators and commands can say "this map could be saved and read back".
 */
public final class MapInvariants {
    private MapInvariants() {
    }

    /** Every broken rule, one line each; empty when the map is valid. */
    public static List<String> problems(JourneyMap map) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ids.add(map.id());
        map.stages().forEach(s -> unique(ids, s.id(), out));
        map.lanes().forEach(l -> unique(ids, l.id(), out));
        map.touchpoints().forEach(t -> unique(ids, t.id(), out));
        map.connections().forEach(c -> unique(ids, c.id(), out));
        map.personas().forEach(p -> unique(ids, p.id(), out));
        map.metrics().forEach(m -> unique(ids, m.id(), out));
        map.opportunities().forEach(o -> unique(ids, o.id(), out));
        Set<String> stageIds = new HashSet<>();
        map.stages().forEach(s -> stageIds.add(s.id()));
        Set<String> laneIds = new HashSet<>();
        for (Lane l : map.lanes()) {
            laneIds.add(l.id());
            if (l.kind() != LaneKind.CHANNEL && l.channel() != null) {
                out.add("lane " + l.id() + " of kind " + l.kind() + " has a channel");
            }
        }
        Set<String> tpIds = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            tpIds.add(t.id());
            if (!stageIds.contains(t.stageId())) {
                out.add("touchpoint " + t.id() + " refers to missing stage " + t.stageId());
            }
            if (!laneIds.contains(t.laneId())) {
                out.add("touchpoint " + t.id() + " refers to missing lane " + t.laneId());
            }
            range(out, t.id() + ".importance", t.importance(), 1, 5);
            range(out, t.id() + ".emotion", t.emotion(), -3, 3);
            measurements(map, t, out);
        }
        for (Connection c : map.connections()) {
            if (!tpIds.contains(c.from()) || !tpIds.contains(c.to())) {
                out.add("connection " + c.id() + " dangles: " + c.from() + " -> " + c.to());
            }
        }
        for (Opportunity o : map.opportunities()) {
            for (String id : o.touchpointIds()) {
                if (!tpIds.contains(id)) {
                    out.add("opportunity " + o.id() + " refers to missing touchpoint " + id);
                }
            }
            if (o.estimate() != null && !Double.isFinite(o.estimate().yearlyValue())) {
                out.add("opportunity " + o.id() + " has a non-finite estimate");
            }
        }
        return out;
    }

    private static void measurements(JourneyMap map, Touchpoint t, List<String> out) {
        for (Measurement m : t.measurements()) {
            MetricDefinition def = map.metric(m.metric()).orElse(null);
            if (def == null) {
                out.add("touchpoint " + t.id() + " has unknown metric " + m.metric());
                continue;
            }
            scale(out, t.id() + "." + m.metric(), def, m.value());
            if (m.ciLow() != null) {
                scale(out, t.id() + "." + m.metric() + ".ciLow", def, m.ciLow());
            }
            if (m.ciHigh() != null) {
                scale(out, t.id() + "." + m.metric() + ".ciHigh", def, m.ciHigh());
            }
            if (m.hasInterval() && m.ciLow() > m.ciHigh()) {
                out.add(t.id() + "." + m.metric() + " interval is reversed");
            }
            if (m.n() != null && m.n() < 0) {
                out.add(t.id() + "." + m.metric() + " has negative n");
            }
        }
        for (Map.Entry<String, Double> e : t.targets().entrySet()) {
            MetricDefinition def = map.metric(e.getKey()).orElse(null);
            if (def == null) {
                out.add("touchpoint " + t.id() + " has a target for unknown metric " + e.getKey());
            } else {
                scale(out, t.id() + ".target." + e.getKey(), def, e.getValue());
            }
        }
    }

    private static void unique(Set<String> ids, String id, List<String> out) {
        if (!ids.add(id)) {
            out.add("id " + id + " is used twice");
        }
    }

    private static void scale(List<String> out, String where, MetricDefinition def, double v) {
        if (!def.contains(v)) {
            out.add(where + " = " + v + " is outside " + def.min() + ".." + def.max());
        }
    }

    private static void range(List<String> out, String where, Double v, double min, double max) {
        if (v != null && (!Double.isFinite(v) || v < min || v > max)) {
            out.add(where + " = " + v + " is outside " + min + ".." + max);
        }
    }
}
