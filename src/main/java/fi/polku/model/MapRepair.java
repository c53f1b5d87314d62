package fi.polku.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mends the value problems that {@link MapValidator} finds, changing only the offending values, so that a
 * user can reach the rest of their work: numbers are clamped into their scale, references to things that
 * do not exist are dropped (or a card without its stage or lane moves to the first one), and a taken or
 * empty id gets a new one. Cards are never dropped and keep their order, so a problem's path still names
 * its card in the mended map. A pure function: the given map is not changed.
 */
public final class MapRepair {
    /**
     * What {@link #repair} did: the mended map, the problems of the given map (what was mended), and those
     * still left in the mended map; when any are left, the map could not be mended.
     */
    public record Result(JourneyMap map, List<MapValidator.Violation> problems, List<MapValidator.Violation> left) {
        public boolean repaired() {
            return left.isEmpty();
        }
    }

    private final Set<String> ids = new HashSet<>();

    private MapRepair() {
    }

    /** Mends {@code map}; a valid map comes back as it is, with no problems. */
    public static Result repair(JourneyMap map) {
        List<MapValidator.Violation> problems = MapValidator.validate(map);
        if (problems.isEmpty()) {
            return new Result(map, List.of(), List.of());
        }
        JourneyMap mended = new MapRepair().mend(map);
        return new Result(mended, problems, MapValidator.validate(mended));
    }

    private JourneyMap mend(JourneyMap map) {
        // Ids are claimed in the order the validator checks them, so the first owner of an id keeps it.
        List<Persona> personas = map.personas().stream()
                .map(p -> new Persona(unique(p.id(), "persona"), p.name(), p.description(), p.colour())).toList();
        List<Stage> stages = map.stages().stream().map(s -> new Stage(unique(s.id(), "stage"), s.name())).toList();
        List<Lane> lanes = map.lanes().stream().map(l -> new Lane(unique(l.id(), "lane"), l.name(), l.kind(),
                l.kind() == LaneKind.CHANNEL ? l.channel() : null)).toList();
        List<Touchpoint> cards = map.touchpoints().stream().map(t -> t.withId(unique(t.id(), "touchpoint"))).toList();
        List<Connection> connections = map.connections().stream()
                .map(c -> new Connection(unique(c.id(), "connection"), c.from(), c.to(), c.label())).toList();
        List<MetricDefinition> metrics = map.metrics().stream().map(this::mendMetric).toList();
        List<Opportunity> opportunities = map.opportunities().stream()
                .map(o -> new Opportunity(unique(o.id(), "opportunity"), o.text(), o.touchpointIds(), o.estimate()))
                .toList();
        JourneyMap scales = map.withMetrics(metrics);
        String firstStage = stages.isEmpty() ? null : stages.getFirst().id();
        String firstLane = lanes.isEmpty() ? null : lanes.getFirst().id();
        Set<String> stageIds = new HashSet<>(stages.stream().map(Stage::id).toList());
        Set<String> laneIds = new HashSet<>(lanes.stream().map(Lane::id).toList());
        Set<String> personaIds = new HashSet<>(personas.stream().map(Persona::id).toList());
        List<Feeling> feelings = map.feelings().stream().filter(f -> !f.id().isBlank())
                .map(f -> new Feeling(f.id(), f.name(), clamp(f.emotion(), -3, 3))).toList();
        Set<String> feelingIds = new HashSet<>();
        FeelingVocabulary.of(map.withFeelings(feelings), java.util.Locale.ENGLISH).forEach(f -> feelingIds.add(f.id()));
        List<Touchpoint> mendedCards = new ArrayList<>(cards.size());
        for (Touchpoint t : cards) {
            String stage = stageIds.contains(t.stageId()) || firstStage == null ? t.stageId() : firstStage;
            String lane = laneIds.contains(t.laneId()) || firstLane == null ? t.laneId() : firstLane;
            mendedCards.add(mendCard(t.withCell(stage, lane), scales, personaIds, feelingIds));
        }
        Set<String> cardIds = new HashSet<>(mendedCards.stream().map(Touchpoint::id).toList());
        List<Connection> keptConnections = connections.stream()
                .filter(c -> cardIds.contains(c.from()) && cardIds.contains(c.to())).toList();
        List<Opportunity> mendedOpportunities = opportunities.stream().map(o -> new Opportunity(o.id(), o.text(),
                o.touchpointIds().stream().filter(cardIds::contains).toList(), mendEstimate(o.estimate()))).toList();
        String mapId = map.id().isBlank() ? "map" : map.id();
        return new JourneyMap(mapId, map.title(), map.description(), map.language(), personas, map.scenario(),
                map.created(), map.modified(), stages, lanes, mendedCards, keptConnections, metrics,
                mendedOpportunities, map.brand(), mendVoting(map.voting(), cardIds),
                mendSurveyMappings(map.surveyMappings(), cardIds, scales), feelings, map.presentation());
    }

    /**
     * The saved survey mappings that can be used: one per header (the first kept), each question on a card and
     * a metric that exist, and each label with a finite number.
     */
    private static List<SurveyMapping> mendSurveyMappings(List<SurveyMapping> mappings, Set<String> cardIds,
                                                          JourneyMap scales) {
        Set<String> headers = new HashSet<>();
        List<SurveyMapping> out = new ArrayList<>();
        for (SurveyMapping sm : mappings) {
            if (sm.headerKey().isBlank() || !headers.add(sm.headerKey())) {
                continue;
            }
            List<QuestionLink> questions = sm.questions().stream()
                    .filter(q -> !q.column().isBlank() && cardIds.contains(q.touchpointId())
                            && scales.metric(q.metric()).isPresent())
                    .toList();
            Map<String, Double> labels = new LinkedHashMap<>(sm.labels());
            labels.entrySet().removeIf(e -> e.getKey().isBlank() || e.getValue() == null
                    || !Double.isFinite(e.getValue()));
            out.add(new SurveyMapping(sm.headerKey(), sm.name(), questions, labels));
        }
        return out;
    }

    /**
     * A voting round whose dots all count: the dots per voter within 1..{@link Voting#MAX_DOTS}, an empty name
     * numbered, a repeated name once, a voter who gave dots but is not listed added, and the dots on cards
     * that do not exist dropped.
     */
    private static Voting mendVoting(Voting voting, Set<String> cardIds) {
        List<String> voters = new ArrayList<>();
        for (String voter : voting.voters()) {
            String name = voter.isBlank() ? new Voting(1, voters, List.of()).nextNumber() : voter;
            if (!voters.contains(name)) {
                voters.add(name);
            }
        }
        List<Vote> votes = new ArrayList<>();
        for (Vote vote : voting.votes()) {
            if (cardIds.contains(vote.touchpoint())) {
                votes.add(vote);
                if (!voters.contains(vote.voter())) {
                    voters.add(vote.voter());
                }
            }
        }
        int dots = (int) clamp(voting.dotsPerVoter(), 1, Voting.MAX_DOTS);
        return new Voting(dots, voters, votes);
    }

    /** The id itself, or for an empty or taken one the first free {@code id-2}, {@code id-3}… */
    private String unique(String id, String kind) {
        String base = id.isBlank() ? kind : id;
        String candidate = base;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private MetricDefinition mendMetric(MetricDefinition m) {
        String id = MetricDefinition.builtIn(m.id()) != null ? m.id() + "-custom" : m.id();
        double min = m.min();
        double max = m.max();
        if (Double.isFinite(min) && Double.isFinite(max) && !(min < max)) {
            // Reversed ends are swapped; a scale of one point gets a second one.
            min = Math.min(m.min(), m.max());
            max = min < Math.max(m.min(), m.max()) ? Math.max(m.min(), m.max()) : min + 1;
        }
        if (m.isYesNo()) {
            // A yes/no metric is a percentage of yes, whatever scale the file gave it.
            min = 0;
            max = 100;
        }
        return new MetricDefinition(unique(id, "metric"), m.name(), m.unit(), min, max, m.direction(), m.builtIn(),
                m.kind());
    }

    private static Touchpoint mendCard(Touchpoint t, JourneyMap scales, Set<String> personaIds,
                                       Set<String> feelingIds) {
        List<Measurement> measurements = new ArrayList<>();
        for (Measurement m : t.measurements()) {
            var metric = scales.metric(m.metric());
            if (metric.isPresent() && Double.isFinite(m.value())) {
                measurements.add(mendMeasurement(m, metric.get()));
            }
        }
        Map<String, Double> targets = new LinkedHashMap<>();
        for (Map.Entry<String, Double> target : t.targets().entrySet()) {
            var metric = scales.metric(target.getKey());
            Double value = target.getValue();
            if (metric.isPresent() && value != null && Double.isFinite(value)) {
                targets.put(target.getKey(), clamp(value, metric.get().min(), metric.get().max()));
            }
        }
        return t.withImportance(clampRating(t.importance(), 1, 5)).withEmotion(clampRating(t.emotion(), -3, 3))
                .withMeasurements(measurements).withTargets(targets)
                .withPersonaIds(t.personaIds().stream().filter(personaIds::contains).distinct().toList())
                .withFeeling(feelingIds.contains(t.feeling()) ? t.feeling() : null)
                .withIntendedFeeling(feelingIds.contains(t.intendedFeeling()) ? t.intendedFeeling() : null);
    }

    private static Measurement mendMeasurement(Measurement m, MetricDefinition metric) {
        Integer n = m.n() != null && m.n() < 0 ? null : m.n();
        Double low = m.ciLow() != null && Double.isFinite(m.ciLow()) ? m.ciLow() : null;
        Double high = m.ciHigh() != null && Double.isFinite(m.ciHigh()) ? m.ciHigh() : null;
        if (low != null && high != null && low > high) {
            low = null;
            high = null;
        }
        boolean reversed = m.dateFrom() != null && m.date() != null && m.dateFrom().isAfter(m.date());
        return new Measurement(m.metric(), clamp(m.value(), metric.min(), metric.max()), n, low, high,
                reversed ? null : m.dateFrom(), m.date(), m.source(), m.evidence(), m.round());
    }

    private static ValueEstimate mendEstimate(ValueEstimate e) {
        if (e == null) {
            return null;
        }
        return new ValueEstimate(atLeastZero(e.customersPerOccurrence()),
                Double.isFinite(e.shareConverting()) ? clamp(e.shareConverting(), 0, 1) : 0,
                atLeastZero(e.valuePerCustomer()), atLeastZero(e.occurrencesPerDay()), atLeastZero(e.daysPerYear()),
                e.currency(), e.sources());
    }

    /** A rating on its scale; a rating that is no number at all is dropped (not rated). */
    private static Double clampRating(Double value, double min, double max) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        return clamp(value, min, max);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double atLeastZero(double value) {
        return Double.isFinite(value) ? Math.max(0, value) : 0;
    }
}
