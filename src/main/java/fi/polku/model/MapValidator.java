package fi.polku.model;

import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks everything about a map that its record types cannot: unique ids, references that resolve,
 * values on their scales and finite numbers. Each violation names the item by title and carries the
 * JSON path of the offending value so that the file layer can add a line and column.
 */
public final class MapValidator {
    /**
     * One broken rule: where (a JSON path such as {@code $.touchpoints[3].importance}) and what, as a text
     * (keys {@code io.rule.*} in the io bundle) that the reader's language puts into words.
     */
    public record Violation(String path, Text message) {
    }

    private final JourneyMap map;
    private final List<Violation> violations = new ArrayList<>();
    /** Where {@link #add} puts a violation: {@link #violations}, or aside while a card's ids are checked. */
    private List<Violation> out = violations;
    /** The first item to use each id; it is described only when a second item takes the same id. */
    private final Map<String, Object> idOwners;
    private final Set<String> stageIds;
    private final Set<String> laneIds;
    private final Map<String, Optional<MetricDefinition>> metricsById = new HashMap<>();
    private Set<String> touchpointIds;
    /** The persona and feeling ids cards may name; made on the first card that names one. */
    private Set<String> personaIds;
    private Set<String> feelingIds;

    private MapValidator(JourneyMap map) {
        this.map = map;
        // Sized once: a large map would otherwise rehash its ids several times on the way.
        this.idOwners = HashMap.newHashMap(map.personas().size() + map.stages().size() + map.lanes().size()
                + map.touchpoints().size() + map.connections().size() + map.metrics().size()
                + map.opportunities().size());
        this.stageIds = HashSet.newHashSet(map.stages().size());
        this.laneIds = HashSet.newHashSet(map.lanes().size());
    }

    /** Every violation in the map, in file order; empty when the map is valid. */
    public static List<Violation> validate(JourneyMap map) {
        MapValidator v = new MapValidator(map);
        v.checkAll();
        return List.copyOf(v.violations);
    }

    // Paths, names and messages are made only when a rule is broken: a valid large map would otherwise
    // build several strings (and lambdas) per value just to throw them away. Hence each rule is tested
    // on the plain values first, and the helpers that add a violation are reached only on a failure.
    private void checkAll() {
        String root = MapPath.ROOT;
        if (map.id().isBlank()) {
            add(MapPath.member(root, "id"), Text.of("io.rule.emptyMapId"));
        }
        for (Stage s : map.stages()) {
            stageIds.add(s.id());
        }
        for (Lane l : map.lanes()) {
            laneIds.add(l.id());
        }
        eachId("personas", map.personas(), Persona::id);
        for (int i = 0; i < map.feelings().size(); i++) {
            Feeling f = map.feelings().get(i);
            String p = MapPath.element("$.feelings", i);
            Text who = named("io.item.feeling", f.name(), f.id());
            if (f.id().isBlank()) {
                add(MapPath.member(p, "id"), Text.of("io.rule.emptyId", who));
            }
            range(MapPath.member(p, "emotion"), who, Text.of("io.value.emotion"), f.emotion(), -3, 3);
        }
        eachId("stages", map.stages(), Stage::id);
        eachId("lanes", map.lanes(), Lane::id);
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane lane = map.lanes().get(i);
            if (lane.channel() != null && lane.kind() != LaneKind.CHANNEL) {
                add(MapPath.member(MapPath.element("$.lanes", i), "channel"),
                        Text.of("io.rule.channelNotChannelLane", who(lane)));
            }
        }
        // The cards are most of a large map's memory, so their ids and their own rules are checked in one
        // pass over them; the rules' violations are kept aside and added where they always came.
        List<Violation> cardRules = new ArrayList<>();
        List<Touchpoint> cards = map.touchpoints();
        for (int i = 0; i < cards.size(); i++) {
            Touchpoint t = cards.get(i);
            checkId("touchpoints", i, t, t.id());
            out = cardRules;
            checkTouchpoint(i, t);
            out = violations;
        }
        eachId("connections", map.connections(), Connection::id);
        eachId("metrics", map.metrics(), MetricDefinition::id);
        eachId("opportunities", map.opportunities(), Opportunity::id);
        for (int i = 0; i < map.metrics().size(); i++) {
            checkMetric(MapPath.element("$.metrics", i), map.metrics().get(i));
        }
        violations.addAll(cardRules);
        for (int i = 0; i < map.connections().size(); i++) {
            Connection c = map.connections().get(i);
            if (!isTouchpoint(c.from()) || !isTouchpoint(c.to())) {
                String p = MapPath.element("$.connections", i);
                Text who = who(c);
                refersToTouchpoint(MapPath.member(p, "from"), who, c.from());
                refersToTouchpoint(MapPath.member(p, "to"), who, c.to());
            }
        }
        for (int i = 0; i < map.opportunities().size(); i++) {
            checkOpportunity(MapPath.element("$.opportunities", i), map.opportunities().get(i));
        }
        if (!map.voting().isEmpty()) {
            checkVoting(map.voting());
        }
        checkSurveyMappings(map.surveyMappings());
    }

    /** Each saved survey mapping has its own header, and each of its questions names a card and a metric. */
    private void checkSurveyMappings(List<SurveyMapping> mappings) {
        Map<String, SurveyMapping> byHeader = new HashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            SurveyMapping sm = mappings.get(i);
            String p = MapPath.element(MapPath.member(MapPath.ROOT, "surveyMappings"), i);
            Text who = named("io.item.surveyMapping", sm.name(), Integer.toString(i + 1));
            SurveyMapping earlier = byHeader.putIfAbsent(sm.headerKey(), sm);
            if (sm.headerKey().isBlank()) {
                add(MapPath.member(p, "headerKey"), Text.of("io.rule.emptyHeaderKey", who));
            } else if (earlier != null) {
                add(MapPath.member(p, "headerKey"), Text.of("io.rule.repeatedHeaderKey", who,
                        named("io.item.surveyMapping", earlier.name(), sm.headerKey())));
            }
            for (int q = 0; q < sm.questions().size(); q++) {
                QuestionLink link = sm.questions().get(q);
                String qp = MapPath.element(MapPath.member(p, "questions"), q);
                Text question = Text.of("io.label.inside", who,
                        named("io.item.question", link.column(), Integer.toString(q + 1)));
                if (link.column().isBlank()) {
                    add(MapPath.member(qp, "column"), Text.of("io.rule.emptyQuestionColumn", question));
                }
                refersToTouchpoint(MapPath.member(qp, "touchpoint"), question, link.touchpointId());
                if (metric(link.metric()).isEmpty()) {
                    add(MapPath.member(qp, "metric"), Text.of("io.rule.questionMetricUndefined", question,
                            link.metric()));
                }
            }
            int l = 0;
            for (Map.Entry<String, Double> label : sm.labels().entrySet()) {
                String lp = MapPath.element(MapPath.member(p, "labels"), l++);
                if (label.getKey().isBlank()) {
                    add(MapPath.member(lp, "label"), Text.of("io.rule.emptyLabel", who, l));
                }
                finite(MapPath.member(lp, "value"), who, Text.of("io.value.label", label.getKey()), label.getValue());
            }
        }
    }

    /** The dots per voter on their scale, each voter named once, and each dot from a voter onto a card. */
    private void checkVoting(Voting voting) {
        String p = MapPath.member(MapPath.ROOT, "voting");
        Text who = Text.of("io.item.voting");
        if (voting.dotsPerVoter() < 1 || voting.dotsPerVoter() > Voting.MAX_DOTS) {
            add(MapPath.member(p, "dotsPerVoter"), Text.of("io.rule.outside", who, Text.of("io.value.dotsPerVoter"),
                    voting.dotsPerVoter(), 1, Voting.MAX_DOTS));
        }
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < voting.voters().size(); i++) {
            String voter = voting.voters().get(i);
            String path = MapPath.element(MapPath.member(p, "voters"), i);
            if (voter.isBlank()) {
                add(path, Text.of("io.rule.emptyVoter", who, Integer.toString(i + 1)));
            } else if (!voters.add(voter)) {
                add(path, Text.of("io.rule.repeatedVoter", who, voter));
            }
        }
        for (int i = 0; i < voting.votes().size(); i++) {
            Vote vote = voting.votes().get(i);
            String path = MapPath.element(MapPath.member(p, "votes"), i);
            Text dot = Text.of("io.label.numbered", Text.of("io.item.vote"), Integer.toString(i + 1));
            if (!voters.contains(vote.voter())) {
                add(MapPath.member(path, "voter"), Text.of("io.rule.noVoter", dot, vote.voter()));
            }
            refersToTouchpoint(MapPath.member(path, "touchpoint"), dot, vote.touchpoint());
        }
    }

    private <T> void eachId(String array, List<T> items, Function<T, String> id) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            checkId(array, i, item, id.apply(item));
        }
    }

    private void checkId(String array, int i, Object item, String itemId) {
        if (itemId.isBlank()) {
            add(idPath(array, i), Text.of("io.rule.emptyId", who(item)));
            return;
        }
        Object earlier = idOwners.putIfAbsent(itemId, item);
        if (earlier != null) {
            add(idPath(array, i), Text.of("io.rule.takenId", who(item), itemId, who(earlier)));
        }
    }

    /**
     * Whether a card has this id: when the first item to use it is a card, surely; otherwise (another kind
     * of item took the id first, or it is blank) the set of all card ids says, made only then.
     */
    private boolean isTouchpoint(String id) {
        if (idOwners.get(id) instanceof Touchpoint) {
            return true;
        }
        if (touchpointIds == null) {
            touchpointIds = HashSet.newHashSet(map.touchpoints().size());
            for (Touchpoint t : map.touchpoints()) {
                touchpointIds.add(t.id());
            }
        }
        return touchpointIds.contains(id);
    }

    /** How a message names an item that has an id: its kind and its name. */
    private static Text who(Object item) {
        return switch (item) {
            case Persona p -> named("io.item.persona", p.name(), p.id());
            case Stage s -> named("io.item.stage", s.name(), s.id());
            case Lane l -> named("io.item.lane", l.name(), l.id());
            case Touchpoint t -> named("io.item.touchpoint", t.title(), t.id());
            case Connection c -> named("io.item.connection", c.label(), c.id());
            case MetricDefinition m -> named("io.item.metric", m.name(), m.id());
            case Opportunity o -> named("io.item.opportunity", o.text(), o.id());
            // Only the item types above are checked; anything else is a bug here, never a user's doing.
            default -> throw new IllegalArgumentException("no id: " + item);
        };
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
        if (MetricDefinition.builtIn(m.id()) != null) {
            add(MapPath.member(p, "id"), Text.of("io.rule.builtInId", who(m), m.id()));
        }
        boolean finite = Double.isFinite(m.min()) && Double.isFinite(m.max());
        if (!finite) {
            finite(MapPath.member(p, "min"), who(m), Text.of("io.value.min"), m.min());
            finite(MapPath.member(p, "max"), who(m), Text.of("io.value.max"), m.max());
        }
        if (finite && !(m.min() < m.max())) {
            add(MapPath.member(p, "min"), Text.of("io.rule.minNotBelowMax", who(m), m.min(), m.max()));
        }
        if (m.isYesNo() && (m.min() != 0 || m.max() != 100)) {
            // A yes/no metric's value is a percentage of yes: any other scale would misread its measurements.
            add(MapPath.member(p, m.min() != 0 ? "min" : "max"), Text.of("io.rule.yesNoScale", who(m)));
        }
    }

    private void checkFeeling(int index, Touchpoint t, String field, String feeling) {
        if (feeling == null) {
            return;
        }
        if (feelingIds == null) {
            feelingIds = new HashSet<>();
            FeelingVocabulary.of(map, java.util.Locale.ENGLISH).forEach(f -> feelingIds.add(f.id()));
        }
        if (!feelingIds.contains(feeling)) {
            add(MapPath.member(touchpointPath(index), field), Text.of("io.rule.noFeeling", who(t), feeling));
        }
    }

    private Set<String> personaIds() {
        if (personaIds == null) {
            personaIds = new HashSet<>();
            map.personas().forEach(p -> personaIds.add(p.id()));
        }
        return personaIds;
    }

    private static String touchpointPath(int index) {
        return MapPath.element("$.touchpoints", index);
    }

    private void checkTouchpoint(int index, Touchpoint t) {
        if (!stageIds.contains(t.stageId())) {
            add(MapPath.member(touchpointPath(index), "stage"), Text.of("io.rule.noStage", who(t), t.stageId()));
        }
        if (!laneIds.contains(t.laneId())) {
            add(MapPath.member(touchpointPath(index), "lane"), Text.of("io.rule.noLane", who(t), t.laneId()));
        }
        if (outside(t.importance(), 1, 5)) {
            range(MapPath.member(touchpointPath(index), "importance"), who(t), Text.of("io.value.importance"),
                    t.importance(), 1, 5);
        }
        if (outside(t.emotion(), -3, 3)) {
            range(MapPath.member(touchpointPath(index), "emotion"), who(t), Text.of("io.value.emotion"), t.emotion(),
                    -3, 3);
        }
        for (int i = 0; i < t.personaIds().size(); i++) {
            String persona = t.personaIds().get(i);
            if (!personaIds().contains(persona)) {
                add(MapPath.element(MapPath.member(touchpointPath(index), "personas"), i),
                        Text.of("io.rule.noPersona", who(t), persona));
            }
        }
        checkFeeling(index, t, "feeling", t.feeling());
        checkFeeling(index, t, "intendedFeeling", t.intendedFeeling());
        List<Measurement> measurements = t.measurements();
        for (int i = 0; i < measurements.size(); i++) {
            checkMeasurement(index, i, t, measurements.get(i));
        }
        if (t.targets().isEmpty()) {
            return;
        }
        for (Map.Entry<String, Double> target : t.targets().entrySet()) {
            var metric = metric(target.getKey());
            if (metric.isEmpty()) {
                add(targetPath(index, target.getKey()), Text.of("io.rule.targetUndefined", who(t), target.getKey()));
            } else if (outside(target.getValue(), metric.get().min(), metric.get().max())) {
                range(targetPath(index, target.getKey()), who(t), Text.of("io.value.target", target.getKey()),
                        target.getValue(),
                        metric.get().min(), metric.get().max());
            }
        }
    }

    private static String targetPath(int touchpoint, String metric) {
        return MapPath.member(MapPath.member(touchpointPath(touchpoint), "targets"), metric);
    }

    private static String measurementPath(int touchpoint, int measurement, String key) {
        return MapPath.member(MapPath.element(MapPath.member(touchpointPath(touchpoint), "measurements"), measurement),
                key);
    }

    private void checkMeasurement(int tp, int index, Touchpoint t, Measurement m) {
        var metric = metric(m.metric());
        if (metric.isEmpty()) {
            add(measurementPath(tp, index, "metric"), Text.of("io.rule.measurementUndefined", who(t), m.metric()));
            if (!Double.isFinite(m.value())) {
                finite(measurementPath(tp, index, "value"), who(t), Text.of("io.value.measured", m.metric()),
                        m.value());
            }
        } else if (outside(m.value(), metric.get().min(), metric.get().max())) {
            range(measurementPath(tp, index, "value"), who(t), Text.of("io.value.measured", m.metric()), m.value(),
                    metric.get().min(), metric.get().max());
        }
        if (m.n() != null && m.n() < 0) {
            add(measurementPath(tp, index, "n"), Text.of("io.rule.negativeN", who(t), m.n()));
        }
        Double ciLow = m.ciLow();
        Double ciHigh = m.ciHigh();
        boolean low = ciLow == null || Double.isFinite(ciLow)
                || finite(measurementPath(tp, index, "ciLow"), who(t), Text.of("io.value.ciLow"), ciLow);
        boolean high = ciHigh == null || Double.isFinite(ciHigh)
                || finite(measurementPath(tp, index, "ciHigh"), who(t), Text.of("io.value.ciHigh"), ciHigh);
        if (low && high && ciLow != null && ciHigh != null && ciLow > ciHigh) {
            add(measurementPath(tp, index, "ciLow"), Text.of("io.rule.intervalReversed", who(t), ciLow, ciHigh));
        }
        if (m.dateFrom() != null && m.date() != null && m.dateFrom().isAfter(m.date())) {
            add(measurementPath(tp, index, "dateFrom"), Text.of("io.rule.periodReversed", who(t), m.dateFrom(),
                    m.date()));
        }
    }

    private void checkOpportunity(String p, Opportunity o) {
        for (int i = 0; i < o.touchpointIds().size(); i++) {
            String id = o.touchpointIds().get(i);
            if (!isTouchpoint(id)) {
                refersToTouchpoint(MapPath.element(MapPath.member(p, "touchpoints"), i), who(o), id);
            }
        }
        ValueEstimate e = o.estimate();
        if (e == null) {
            return;
        }
        String ep = MapPath.member(p, "estimate");
        notNegative(ep, o, "customersPerOccurrence", "io.value.customersPerOccurrence", e.customersPerOccurrence());
        if (outside(e.shareConverting(), 0, 1)) {
            range(MapPath.member(ep, "shareConverting"), who(o), Text.of("io.value.shareConverting"),
                    e.shareConverting(), 0, 1);
        }
        notNegative(ep, o, "valuePerCustomer", "io.value.valuePerCustomer", e.valuePerCustomer());
        notNegative(ep, o, "occurrencesPerDay", "io.value.occurrencesPerDay", e.occurrencesPerDay());
        notNegative(ep, o, "daysPerYear", "io.value.daysPerYear", e.daysPerYear());
    }

    private void refersToTouchpoint(String path, Text who, String id) {
        if (!isTouchpoint(id)) {
            add(path, Text.of("io.rule.noTouchpoint", who, id));
        }
    }

    /** Checks a member of an opportunity's estimate; the names are made only when it breaks the rule. */
    private void notNegative(String estimatePath, Opportunity o, String member, String nameKey, double value) {
        if (Double.isFinite(value) && value >= 0) {
            return;
        }
        String path = MapPath.member(estimatePath, member);
        if (finite(path, who(o), Text.of(nameKey), value)) {
            add(path, Text.of("io.rule.negative", who(o), Text.of(nameKey), value));
        }
    }

    /** True when a rated value breaks its scale (not finite, or outside min..max); null is no rating. */
    private static boolean outside(Double value, double min, double max) {
        return value != null && !(value >= min && value <= max);
    }

    /** Says how {@code value}, which {@link #outside} refused, breaks the scale min..max. */
    private void range(String path, Text who, Text what, double value, double min, double max) {
        if (finite(path, who, what, value) && (value < min || value > max)) {
            add(path, Text.of("io.rule.outside", who, what, value, min, max));
        }
    }

    private boolean finite(String path, Text who, Text what, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        add(path, Text.of("io.rule.notFinite", who, what));
        return false;
    }

    private void add(String path, Text message) {
        out.add(new Violation(path, message));
    }

    /** An item's kind and its own name, or its id when it has no name yet: touchpoint "Checkout". */
    private static Text named(String kindKey, String name, String id) {
        return Text.of("io.label.named", Text.of(kindKey), name == null || name.isBlank() ? id : name);
    }
}
