package fi.polku.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole journey map. Immutable: every edit makes a new value that shares the unchanged parts.
 * Cross-references (stage, lane and touchpoint ids) are checked by {@link MapValidator}, not here,
 * so that a broken file can still be described precisely.
 */
public record JourneyMap(String id, String title, String description, String language, List<Persona> personas,
                         String scenario, Instant created, Instant modified, List<Stage> stages, List<Lane> lanes,
                         List<Touchpoint> touchpoints, List<Connection> connections,
                         List<MetricDefinition> metrics, List<Opportunity> opportunities, Brand brand,
                         Voting voting, List<SurveyMapping> surveyMappings, List<Feeling> feelings,
                         Presentation presentation) {
    public JourneyMap {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        language = language == null || language.isBlank() ? "en" : language;
        scenario = scenario == null ? "" : scenario;
        personas = personas == null ? List.of() : List.copyOf(personas);
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        // Kept as it is when an edit spliced it already (see TouchpointList): no second copy on every drag.
        touchpoints = TouchpointList.copyOf(touchpoints == null ? List.of() : touchpoints);
        connections = connections == null ? List.of() : List.copyOf(connections);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
        brand = brand == null ? Brand.NONE : brand;
        voting = voting == null ? Voting.NONE : voting;
        surveyMappings = surveyMappings == null ? List.of() : List.copyOf(surveyMappings);
        feelings = feelings == null ? List.of() : List.copyOf(feelings);
        presentation = presentation == null ? Presentation.NONE : presentation;
    }

    /** A map with the built-in feelings and every slide shown: the fields every version before 5 had. */
    public JourneyMap(String id, String title, String description, String language, List<Persona> personas,
                      String scenario, Instant created, Instant modified, List<Stage> stages, List<Lane> lanes,
                      List<Touchpoint> touchpoints, List<Connection> connections,
                      List<MetricDefinition> metrics, List<Opportunity> opportunities, Brand brand,
                      Voting voting, List<SurveyMapping> surveyMappings) {
        this(id, title, description, language, personas, scenario, created, modified, stages, lanes, touchpoints,
                connections, metrics, opportunities, brand, voting, surveyMappings, List.of(), Presentation.NONE);
    }

    /** An empty map with only an id and a title. */
    public static JourneyMap empty(String id, String title) {
        return new JourneyMap(id, title, "", "en", List.of(), "", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Brand.NONE, Voting.NONE, List.of());
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Touchpoint> touchpoint(String touchpointId) {
        return touchpoints.stream().filter(t -> t.id().equals(touchpointId)).findFirst();
    }

    /** The touchpoints of one cell, in their order. */
    public List<Touchpoint> cell(String stageId, String laneId) {
        List<Touchpoint> out = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            if (t.isIn(stageId, laneId)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A built-in or custom metric by id. */
    public Optional<MetricDefinition> metric(String metricId) {
        MetricDefinition builtIn = MetricDefinition.builtIn(metricId);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        return metrics.stream().filter(m -> m.id().equals(metricId)).findFirst();
    }

    /** The built-ins followed by this map's custom metrics. */
    public List<MetricDefinition> allMetrics() {
        List<MetricDefinition> all = new ArrayList<>(MetricDefinition.BUILT_INS);
        all.addAll(metrics);
        return all;
    }

    public JourneyMap withTitle(String v) {
        return new JourneyMap(id, v, description, language, personas, scenario, created, modified, stages, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withDescription(String v) {
        return new JourneyMap(id, title, v, language, personas, scenario, created, modified, stages, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withLanguage(String v) {
        return new JourneyMap(id, title, description, v, personas, scenario, created, modified, stages, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withPersonas(List<Persona> v) {
        return new JourneyMap(id, title, description, language, v, scenario, created, modified, stages, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withScenario(String v) {
        return new JourneyMap(id, title, description, language, personas, v, created, modified, stages, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withTimestamps(Instant newCreated, Instant newModified) {
        return new JourneyMap(id, title, description, language, personas, scenario, newCreated, newModified,
                stages, lanes, touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withStages(List<Stage> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, v, lanes,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withLanes(List<Lane> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages, v,
                touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withTouchpoints(List<Touchpoint> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, v, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withConnections(List<Connection> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, v, metrics, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withMetrics(List<MetricDefinition> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, v, opportunities, brand, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withBrand(Brand v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, v, voting, surveyMappings, feelings, presentation);
    }

    public JourneyMap withOpportunities(List<Opportunity> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, v, brand, voting, surveyMappings, feelings, presentation);
    }

    /** The dot-voting round kept with the map ({@link Voting#NONE} when there is none). */
    public JourneyMap withVoting(Voting v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, brand, v, surveyMappings, feelings, presentation);
    }

    /** The survey mappings saved with the map, one per survey header, to reuse at the next round's import. */
    public JourneyMap withSurveyMappings(List<SurveyMapping> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, brand, voting, v, feelings, presentation);
    }

    public JourneyMap withFeelings(List<Feeling> v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, v,
                presentation);
    }

    public JourneyMap withPresentation(Presentation v) {
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, brand, voting, surveyMappings, feelings, v);
    }
}
