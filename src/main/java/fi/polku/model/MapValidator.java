package fi.polku.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks everything about a map that its record types cannot: unique ids, references that resolve,
 * values on their scales and finite numbers. Each violation names the item by title and carries the
 * JSON path of the offending value so that the file layer can add a line and column.
 */
public final class MapValidator {
    /** One broken rule: where (a JSON path such as {@code $.touchpoints[3].importance}) and what. */
    public record Violation(String path, String message) {
    }

    private final JourneyMap map;
    private final List<Violation> out = new ArrayList<>();
    /** Who uses each id so far; the name is made only when a second item takes the same id. */
    private final Map<String, Supplier<String>> idOwners = new HashMap<>();
    private final Set<String> stageIds = new HashSet<>();
    private final Set<String> laneIds = new HashSet<>();
    private final Map<String, Optional<MetricDefinition>> metricsById = new HashMap<>();

    private MapValidator(JourneyMap map) {
        this.map = map;
    }

    /** Every violation in the map, in file order; empty when the map is valid. */
    public static List<Violation> validate(JourneyMap map) {
        MapValidator v = new MapValidator(map);
        v.checkAll();
        return List.copyOf(v.out);
    }

    // Paths and names for messages are made only when a rule is broken (hence the suppliers): a valid
    // large map would otherwise build several strings per value just to throw them away.
    private void checkAll() {
        String root = MapPath.ROOT;
        if (map.id().isBlank()) {
            add(MapPath.member(root, "id"), "the map's id is empty");
        }
        map.stages().forEach(s -> stageIds.add(s.id()));
        map.lanes().forEach(l -> laneIds.add(l.id()));
        eachId("personas", map.personas(), Persona::id, p -> "persona " + quote(p.name(), p.id()));
        eachId("stages", map.stages(), Stage::id, s -> "stage " + quote(s.name(), s.id()));
        eachId("lanes", map.lanes(), Lane::id, l -> "lane " + quote(l.name(), l.id()));
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane lane = map.lanes().get(i);
            if (lane.channel() != null && lane.kind() != LaneKind.CHANNEL) {
                add(MapPath.member(MapPath.element("$.lanes", i), "channel"), "lane " + quote(lane.name(), lane.id())
                        + " has a channel but is not a channel lane");
            }
        }
        eachId("touchpoints", map.touchpoints(), Touchpoint::id, t -> describe(t));
        eachId("connections", map.connections(), Connection::id, c -> "connection " + quote(c.label(), c.id()));
        eachId("metrics", map.metrics(), MetricDefinition::id, m -> "metric " + quote(m.name(), m.id()));
        eachId("opportunities", map.opportunities(), Opportunity::id,
                o -> "opportunity " + quote(o.text(), o.id()));
        for (int i = 0; i < map.metrics().size(); i++) {
            checkMetric(MapPath.element("$.metrics", i), map.metrics().get(i));
        }
        for (int i = 0; i < map.touchpoints().size(); i++) {
            int index = i;
            checkTouchpoint(() -> MapPath.element("$.touchpoints", index), map.touchpoints().get(i));
        }
        Set<String> touchpointIds = new HashSet<>();
        map.touchpoints().forEach(t -> touchpointIds.add(t.id()));
        for (int i = 0; i < map.connections().size(); i++) {
            Connection c = map.connections().get(i);
            String p = MapPath.element("$.connections", i);
            String who = "connection " + quote(c.label(), c.id());
            refers(touchpointIds, MapPath.member(p, "from"), who, "touchpoint", c.from());
            refers(touchpointIds, MapPath.member(p, "to"), who, "touchpoint", c.to());
        }
        for (int i = 0; i < map.opportunities().size(); i++) {
            checkOpportunity(MapPath.element("$.opportunities", i), map.opportunities().get(i), touchpointIds);
        }
    }

    private <T> void eachId(String array, List<T> items, Function<T, String> id,
                            Function<T, String> who) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String itemId = id.apply(item);
            if (itemId.isBlank()) {
                add(idPath(array, i), who.apply(item) + " has an empty id");
                continue;
            }
            Supplier<String> earlier = idOwners.putIfAbsent(itemId, () -> who.apply(item));
            if (earlier != null) {
                add(idPath(array, i), who.apply(item) + " has id \"" + itemId + "\", which " + earlier.get()
                        + " already uses");
            }
        }
    }

    private static String idPath(String array, int i) {
        return MapPath.member(MapPath.element(MapPath.member(MapPath.ROOT, array), i), "id");
    }

    /** As {@link JourneyMap#metric}, looked up once per id (a large map measures the same few metrics). */
    private Optional<MetricDefinition> metric(String id) {
        Optional<MetricDefinition> metric = metricsById.get(id);
        if (metric == null) {
            metric = map.metric(id);
            metricsById.put(id, metric);
        }
        return metric;
    }

    private void checkMetric(String p, MetricDefinition m) {
        String who = "metric " + quote(m.name(), m.id());
        if (MetricDefinition.builtIn(m.id()) != null) {
            add(MapPath.member(p, "id"), who + " uses the id \"" + m.id() + "\" of a built-in metric");
        }
        boolean finite = finite(() -> MapPath.member(p, "min"), () -> who, "min", m.min())
                & finite(() -> MapPath.member(p, "max"), () -> who, "max", m.max());
        if (finite && !(m.min() < m.max())) {
            add(MapPath.member(p, "min"), who + ": min " + num(m.min()) + " is not below max " + num(m.max()));
        }
    }

    private void checkTouchpoint(Supplier<String> p, Touchpoint t) {
        Supplier<String> who = () -> describe(t);
        if (!stageIds.contains(t.stageId())) {
            add(MapPath.member(p.get(), "stage"), who.get() + " refers to stage \"" + t.stageId()
                    + "\", which does not exist");
        }
        if (!laneIds.contains(t.laneId())) {
            add(MapPath.member(p.get(), "lane"), who.get() + " refers to lane \"" + t.laneId()
                    + "\", which does not exist");
        }
        inRange(() -> MapPath.member(p.get(), "importance"), who, "importance", t.importance(), 1, 5);
        inRange(() -> MapPath.member(p.get(), "emotion"), who, "emotion", t.emotion(), -3, 3);
        for (int i = 0; i < t.measurements().size(); i++) {
            int index = i;
            checkMeasurement(() -> MapPath.element(MapPath.member(p.get(), "measurements"), index), who,
                    t.measurements().get(i));
        }
        for (Map.Entry<String, Double> target : t.targets().entrySet()) {
            Supplier<String> tp = () -> MapPath.member(MapPath.member(p.get(), "targets"), target.getKey());
            var metric = metric(target.getKey());
            if (metric.isEmpty()) {
                add(tp.get(), who.get() + " has a target for metric \"" + target.getKey() + "\", which is not defined");
            } else {
                inRange(tp, who, target.getKey() + " target", target.getValue(), metric.get().min(),
                        metric.get().max());
            }
        }
    }

    private void checkMeasurement(Supplier<String> p, Supplier<String> who, Measurement m) {
        var metric = metric(m.metric());
        if (metric.isEmpty()) {
            add(MapPath.member(p.get(), "metric"), who.get() + " has a measurement of metric \"" + m.metric()
                    + "\", which is not defined");
            finite(() -> MapPath.member(p.get(), "value"), who, m.metric() + " value", m.value());
        } else {
            inRange(() -> MapPath.member(p.get(), "value"), who, m.metric() + " value", m.value(),
                    metric.get().min(), metric.get().max());
        }
        if (m.n() != null && m.n() < 0) {
            add(MapPath.member(p.get(), "n"), who.get() + ": sample size n " + m.n() + " is negative");
        }
        boolean low = m.ciLow() == null || finite(() -> MapPath.member(p.get(), "ciLow"), who, "ciLow", m.ciLow());
        boolean high = m.ciHigh() == null
                || finite(() -> MapPath.member(p.get(), "ciHigh"), who, "ciHigh", m.ciHigh());
        if (low && high && m.hasInterval() && m.ciLow() > m.ciHigh()) {
            add(MapPath.member(p.get(), "ciLow"), who.get() + ": interval low " + num(m.ciLow())
                    + " is above interval high " + num(m.ciHigh()));
        }
        if (m.dateFrom() != null && m.date() != null && m.dateFrom().isAfter(m.date())) {
            add(MapPath.member(p.get(), "dateFrom"), who.get() + ": measuring period starts on " + m.dateFrom()
                    + ", after it ends on " + m.date());
        }
    }

    private void checkOpportunity(String p, Opportunity o, Set<String> touchpointIds) {
        String who = "opportunity " + quote(o.text(), o.id());
        for (int i = 0; i < o.touchpointIds().size(); i++) {
            refers(touchpointIds, MapPath.element(MapPath.member(p, "touchpoints"), i), who, "touchpoint",
                    o.touchpointIds().get(i));
        }
        ValueEstimate e = o.estimate();
        if (e == null) {
            return;
        }
        String ep = MapPath.member(p, "estimate");
        notNegative(MapPath.member(ep, "customersPerOccurrence"), who, "customersPerOccurrence",
                e.customersPerOccurrence());
        inRange(() -> MapPath.member(ep, "shareConverting"), () -> who, "shareConverting", e.shareConverting(), 0, 1);
        notNegative(MapPath.member(ep, "valuePerCustomer"), who, "valuePerCustomer", e.valuePerCustomer());
        notNegative(MapPath.member(ep, "occurrencesPerDay"), who, "occurrencesPerDay", e.occurrencesPerDay());
        notNegative(MapPath.member(ep, "daysPerYear"), who, "daysPerYear", e.daysPerYear());
    }

    private void refers(Set<String> ids, String path, String who, String kind, String id) {
        if (!ids.contains(id)) {
            add(path, who + " refers to " + kind + " \"" + id + "\", which does not exist");
        }
    }

    private void notNegative(String path, String who, String what, double value) {
        if (finite(() -> path, () -> who, what, value) && value < 0) {
            add(path, who + ": " + what + " " + num(value) + " is negative");
        }
    }

    private void inRange(Supplier<String> path, Supplier<String> who, String what, Double value, double min,
                         double max) {
        if (value != null && finite(path, who, what, value) && (value < min || value > max)) {
            add(path.get(), who.get() + ": " + what + " " + num(value) + " is outside " + num(min) + "–" + num(max));
        }
    }

    private boolean finite(Supplier<String> path, Supplier<String> who, String what, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        add(path.get(), who.get() + ": " + what + " is not a finite number");
        return false;
    }

    private void add(String path, String message) {
        out.add(new Violation(path, message));
    }

    private static String describe(Touchpoint t) {
        return "touchpoint " + quote(t.title(), t.id());
    }

    /** The item's own name in quotes, or its id when it has no name yet. */
    private static String quote(String name, String id) {
        return "\"" + (name == null || name.isBlank() ? id : name) + "\"";
    }

    /** A number as a person writes it: 7 rather than 7.0, 0.125 rather than 1.25E-1. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
