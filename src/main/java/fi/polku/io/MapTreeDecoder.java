package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;

import java.util.List;
import java.util.Set;

/**
 * Turns the JSON tree of a current-version map file into a {@link JourneyMap}. The sets of known keys
 * below are the file format's fields; anything else is refused as an unknown field.
 */
final class MapTreeDecoder {
    static final Set<String> MAP_KEYS = Set.of("schemaVersion", "id", "title", "description", "language",
            "scenario", "created", "modified", "personas", "stages", "lanes", "touchpoints", "connections",
            "metrics", "opportunities");
    private static final Set<String> PERSONA_KEYS = Set.of("id", "name", "description");
    private static final Set<String> STAGE_KEYS = Set.of("id", "name");
    private static final Set<String> LANE_KEYS = Set.of("id", "name", "kind", "channel");
    private static final Set<String> TOUCHPOINT_KEYS = Set.of("id", "title", "description", "stage", "lane",
            "importance", "emotion", "owner", "tags", "notes", "evidence", "measurements", "targets");
    private static final Set<String> MEASUREMENT_KEYS = Set.of("metric", "value", "n", "ciLow", "ciHigh",
            "dateFrom", "date", "source", "evidence");
    private static final Set<String> CONNECTION_KEYS = Set.of("id", "from", "to", "label");
    private static final Set<String> METRIC_KEYS = Set.of("id", "name", "unit", "min", "max", "direction");
    private static final Set<String> OPPORTUNITY_KEYS = Set.of("id", "text", "touchpoints", "estimate");
    private static final Set<String> ESTIMATE_KEYS = Set.of("customersPerOccurrence", "shareConverting",
            "valuePerCustomer", "occurrencesPerDay", "daysPerYear", "currency");

    private MapTreeDecoder() {
    }

    /** The map, or null when {@code problems} received at least one problem. */
    static JourneyMap decode(ObjectNode root, String rootPath, DecodeProblems problems) {
        ObjectFields f = new ObjectFields(root, rootPath, MAP_KEYS, problems);
        String id = f.requiredText("id");
        String title = f.text("title");
        String description = f.text("description");
        String language = f.text("language");
        String scenario = f.text("scenario");
        var created = f.instant("created");
        var modified = f.instant("modified");
        List<Persona> personas = f.objects("personas", MapTreeDecoder::persona, "io.item.persona", PERSONA_KEYS);
        List<Stage> stages = f.objects("stages", MapTreeDecoder::stage, "io.item.stage", STAGE_KEYS);
        List<Lane> lanes = f.objects("lanes", MapTreeDecoder::lane, "io.item.lane", LANE_KEYS);
        List<Touchpoint> touchpoints = f.objects("touchpoints", MapTreeDecoder::touchpoint, "io.item.touchpoint",
                TOUCHPOINT_KEYS);
        List<Connection> connections = f.objects("connections", MapTreeDecoder::connection, "io.item.connection",
                CONNECTION_KEYS);
        List<MetricDefinition> metrics = f.objects("metrics", MapTreeDecoder::metric, "io.item.metric", METRIC_KEYS);
        List<Opportunity> opportunities = f.objects("opportunities", MapTreeDecoder::opportunity, "io.item.opportunity",
                OPPORTUNITY_KEYS);
        if (problems.count() > 0) {
            return null;
        }
        return new JourneyMap(id, title, description, language, personas, scenario, created, modified, stages,
                lanes, touchpoints, connections, metrics, opportunities, null);
    }

    private static Persona persona(ObjectFields f) {
        String id = f.requiredText("id");
        String name = f.text("name");
        String description = f.text("description");
        return f.ok() ? new Persona(id, name, description) : null;
    }

    private static Stage stage(ObjectFields f) {
        String id = f.requiredText("id");
        String name = f.text("name");
        return f.ok() ? new Stage(id, name) : null;
    }

    private static Lane lane(ObjectFields f) {
        String id = f.requiredText("id");
        String name = f.text("name");
        LaneKind kind = f.requiredChoice("kind", LaneKind.class);
        ChannelType channel = f.choice("channel", ChannelType.class);
        return f.ok() ? new Lane(id, name, kind, channel) : null;
    }

    private static Touchpoint touchpoint(ObjectFields f) {
        String id = f.requiredText("id");
        String title = f.text("title");
        String description = f.text("description");
        String stage = f.requiredText("stage");
        String lane = f.requiredText("lane");
        Double importance = f.number("importance");
        Double emotion = f.number("emotion");
        String owner = f.text("owner");
        List<String> tags = f.texts("tags");
        String notes = f.text("notes");
        EvidenceLevel evidence = f.choice("evidence", EvidenceLevel.class);
        List<Measurement> measurements = f.objects("measurements", MapTreeDecoder::measurement, "io.item.measurement",
                MEASUREMENT_KEYS);
        var targets = f.numbersByKey("targets");
        return f.ok() ? new Touchpoint(id, title, description, stage, lane, importance, emotion, owner, tags, notes,
                evidence, measurements, targets) : null;
    }

    private static Measurement measurement(ObjectFields f) {
        String metric = f.requiredText("metric");
        Double value = f.requiredNumber("value");
        Integer n = f.wholeNumber("n");
        Double ciLow = f.number("ciLow");
        Double ciHigh = f.number("ciHigh");
        var dateFrom = f.date("dateFrom");
        var date = f.date("date");
        String source = f.text("source");
        EvidenceLevel evidence = f.choice("evidence", EvidenceLevel.class);
        return f.ok() ? new Measurement(metric, value, n, ciLow, ciHigh, dateFrom, date, source, evidence) : null;
    }

    private static Connection connection(ObjectFields f) {
        String id = f.requiredText("id");
        String from = f.requiredText("from");
        String to = f.requiredText("to");
        String label = f.text("label");
        return f.ok() ? new Connection(id, from, to, label) : null;
    }

    private static MetricDefinition metric(ObjectFields f) {
        String id = f.requiredText("id");
        String name = f.text("name");
        String unit = f.text("unit");
        Double min = f.requiredNumber("min");
        Double max = f.requiredNumber("max");
        Direction direction = f.requiredChoice("direction", Direction.class);
        return f.ok() ? MetricDefinition.custom(id, name, unit, min, max, direction) : null;
    }

    private static Opportunity opportunity(ObjectFields f) {
        String id = f.requiredText("id");
        String text = f.text("text");
        List<String> touchpoints = f.texts("touchpoints");
        ObjectFields e = f.object("estimate", "io.item.estimate", ESTIMATE_KEYS);
        ValueEstimate estimate = e == null ? null : estimate(e);
        return f.ok() ? new Opportunity(id, text, touchpoints, estimate) : null;
    }

    private static ValueEstimate estimate(ObjectFields f) {
        Double customers = f.requiredNumber("customersPerOccurrence");
        Double share = f.requiredNumber("shareConverting");
        Double value = f.requiredNumber("valuePerCustomer");
        Double perDay = f.requiredNumber("occurrencesPerDay");
        Double days = f.requiredNumber("daysPerYear");
        String currency = f.text("currency");
        return f.ok() ? new ValueEstimate(customers, share, value, perDay, days, currency) : null;
    }
}
