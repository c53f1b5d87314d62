package fi.polku.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.polku.io.migrate.Migrations;
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

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Opens a current-version map file that has nothing to report straight from the parser into a
 * {@link JourneyMap}, without a JSON tree: building and then walking a tree of a large map costs more than
 * parsing it. At the first thing {@link MapTreeDecoder} or {@link LocatedJsonReader} would report (an
 * unknown or duplicate key, a wrong type, a missing field, a broken limit, an older schema version) it
 * gives up (null), and the caller reads the file the thorough way, which finds and places every problem.
 * The fields and their types are those of {@link MapTreeDecoder}; a test checks that both give the same map.
 */
final class StreamingMapDecoder {
    private final JsonParser p;
    private final StreamedValues in;

    private StreamingMapDecoder(JsonParser parser) {
        this.p = parser;
        this.in = new StreamedValues(parser);
    }

    /** The map in {@code bytes} (which passed {@link MapFileText#cleanStart}) from {@code start} on, or null. */
    static JourneyMap read(byte[] bytes, int start) {
        try (JsonParser parser = LocatedJsonReader.FACTORY.createParser(bytes, start, bytes.length - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JourneyMap map = new StreamingMapDecoder(parser).map();
            return parser.nextToken() == null ? map : null;
        } catch (StreamedValues.GiveUp | IOException | RuntimeException e) {
            // Syntax errors, broken limits, unparsable dates and refused values all go the thorough way.
            return null;
        }
    }

    private JourneyMap map() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, title = null, description = null, language = null, scenario = null;
        Instant created = null, modified = null;
        List<Persona> personas = List.of();
        List<Stage> stages = List.of();
        List<Lane> lanes = List.of();
        List<Touchpoint> touchpoints = List.of();
        List<Connection> connections = List.of();
        List<MetricDefinition> metrics = List.of();
        List<Opportunity> opportunities = List.of();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (name) {
                case "schemaVersion" -> {
                    // Older versions need a migration, which only the tree path does.
                    if (!in.isInt(t, Migrations.CURRENT_VERSION)) {
                        throw StreamedValues.GIVE_UP;
                    }
                    yield 0;
                }
                case "id" -> { id = in.text(t); yield 1; }
                case "title" -> { title = in.text(t); yield 2; }
                case "description" -> { description = in.text(t); yield 3; }
                case "language" -> { language = in.text(t); yield 4; }
                case "scenario" -> { scenario = in.text(t); yield 5; }
                case "created" -> { created = in.instant(t); yield 6; }
                case "modified" -> { modified = in.instant(t); yield 7; }
                case "personas" -> { personas = in.objects(t, this::persona); yield 8; }
                case "stages" -> { stages = in.objects(t, this::stage); yield 9; }
                case "lanes" -> { lanes = in.objects(t, this::lane); yield 10; }
                case "touchpoints" -> { touchpoints = in.touchpoints(t, this::touchpoint); yield 11; }
                case "connections" -> { connections = in.objects(t, this::connection); yield 12; }
                case "metrics" -> { metrics = in.objects(t, this::metric); yield 13; }
                case "opportunities" -> { opportunities = in.objects(t, this::opportunity); yield 14; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        if (!seen.has(0)) {
            throw StreamedValues.GIVE_UP;
        }
        return new JourneyMap(in.required(id), title, description, language, personas, scenario, created, modified,
                stages, lanes, touchpoints, connections, metrics, opportunities, null);
    }

    private Persona persona() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, name = null, description = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.text(t); yield 0; }
                case "name" -> { name = in.text(t); yield 1; }
                case "description" -> { description = in.text(t); yield 2; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Persona(in.required(id), name, description);
    }

    private Stage stage() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, name = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.repeated(t); yield 0; } // the instance its touchpoints will share
                case "name" -> { name = in.text(t); yield 1; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Stage(in.required(id), name);
    }

    private Lane lane() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, name = null;
        LaneKind kind = null;
        ChannelType channel = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.repeated(t); yield 0; }
                case "name" -> { name = in.text(t); yield 1; }
                case "kind" -> { kind = in.choice(t, LaneKind.class); yield 2; }
                case "channel" -> { channel = in.choice(t, ChannelType.class); yield 3; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Lane(in.required(id), name, in.required(kind), channel);
    }

    private Touchpoint touchpoint() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, title = null, description = null, stage = null, lane = null, owner = null, notes = null;
        Double importance = null, emotion = null;
        // Absent lists and targets stay null: the record makes them its shared empty ones.
        List<String> tags = null;
        EvidenceLevel evidence = null;
        List<Measurement> measurements = null;
        Map<String, Double> targets = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.text(t); yield 0; }
                case "title" -> { title = in.text(t); yield 1; }
                case "description" -> { description = in.text(t); yield 2; }
                case "stage" -> { stage = in.repeated(t); yield 3; }
                case "lane" -> { lane = in.repeated(t); yield 4; }
                case "importance" -> { importance = in.number(t); yield 5; }
                case "emotion" -> { emotion = in.number(t); yield 6; }
                case "owner" -> { owner = in.repeated(t); yield 7; }
                case "tags" -> { tags = in.texts(t); yield 8; }
                case "notes" -> { notes = in.text(t); yield 9; }
                case "evidence" -> { evidence = in.choice(t, EvidenceLevel.class); yield 10; }
                case "measurements" -> { measurements = in.objects(t, this::measurement); yield 11; }
                case "targets" -> { targets = in.numbersByKey(t); yield 12; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Touchpoint(in.required(id), title, description, in.required(stage), in.required(lane), importance, emotion,
                owner, tags, notes, evidence, measurements, targets);
    }

    private Measurement measurement() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String metric = null, source = null;
        Double value = null, ciLow = null, ciHigh = null;
        Integer n = null;
        LocalDate dateFrom = null, date = null;
        EvidenceLevel evidence = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "metric" -> { metric = in.repeated(t); yield 0; }
                case "value" -> { value = in.number(t); yield 1; }
                case "n" -> { n = in.wholeNumber(t); yield 2; }
                case "ciLow" -> { ciLow = in.number(t); yield 3; }
                case "ciHigh" -> { ciHigh = in.number(t); yield 4; }
                case "dateFrom" -> { dateFrom = in.date(t); yield 5; }
                case "date" -> { date = in.date(t); yield 6; }
                case "source" -> { source = in.repeated(t); yield 7; }
                case "evidence" -> { evidence = in.choice(t, EvidenceLevel.class); yield 8; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Measurement(in.required(metric), in.required(value), n, ciLow, ciHigh, dateFrom, date, source, evidence);
    }

    private Connection connection() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, from = null, to = null, label = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.text(t); yield 0; }
                case "from" -> { from = in.text(t); yield 1; }
                case "to" -> { to = in.text(t); yield 2; }
                case "label" -> { label = in.text(t); yield 3; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Connection(in.required(id), in.required(from), in.required(to), label);
    }

    private MetricDefinition metric() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, name = null, unit = null;
        Double min = null, max = null;
        Direction direction = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.repeated(t); yield 0; }
                case "name" -> { name = in.text(t); yield 1; }
                case "unit" -> { unit = in.text(t); yield 2; }
                case "min" -> { min = in.number(t); yield 3; }
                case "max" -> { max = in.number(t); yield 4; }
                case "direction" -> { direction = in.choice(t, Direction.class); yield 5; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return MetricDefinition.custom(in.required(id), name, unit, in.required(min), in.required(max), in.required(direction));
    }

    private Opportunity opportunity() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        String id = null, text = null;
        List<String> touchpoints = null;
        ValueEstimate estimate = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "id" -> { id = in.text(t); yield 0; }
                case "text" -> { text = in.text(t); yield 1; }
                case "touchpoints" -> { touchpoints = in.texts(t); yield 2; }
                case "estimate" -> {
                    if (t == JsonToken.START_OBJECT) {
                        estimate = estimate();
                    } else if (t != JsonToken.VALUE_NULL) {
                        throw StreamedValues.GIVE_UP;
                    }
                    yield 3;
                }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new Opportunity(in.required(id), text, touchpoints, estimate);
    }

    private ValueEstimate estimate() throws IOException, StreamedValues.GiveUp {
        StreamedValues.Keys seen = new StreamedValues.Keys();
        Double customers = null, share = null, value = null, perDay = null, days = null;
        String currency = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            seen.once(switch (key) {
                case "customersPerOccurrence" -> { customers = in.number(t); yield 0; }
                case "shareConverting" -> { share = in.number(t); yield 1; }
                case "valuePerCustomer" -> { value = in.number(t); yield 2; }
                case "occurrencesPerDay" -> { perDay = in.number(t); yield 3; }
                case "daysPerYear" -> { days = in.number(t); yield 4; }
                case "currency" -> { currency = in.text(t); yield 5; }
                default -> throw StreamedValues.GIVE_UP;
            });
        }
        return new ValueEstimate(in.required(customers), in.required(share), in.required(value), in.required(perDay),
                in.required(days), currency);
    }
}
