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
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    /** Thrown to leave the recursion at once; it carries no stack trace, so giving up costs nothing. */
    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final JsonParser p;
    private int values;

    private StreamingMapDecoder(JsonParser parser) {
        this.p = parser;
    }

    /** The map in {@code bytes} (which passed {@link MapFileText#cleanStart}) from {@code start} on, or null. */
    static JourneyMap read(byte[] bytes, int start) {
        try (JsonParser parser = LocatedJsonReader.FACTORY.createParser(bytes, start, bytes.length - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JourneyMap map = new StreamingMapDecoder(parser).map();
            return parser.nextToken() == null ? map : null;
        } catch (GiveUp | IOException | RuntimeException e) {
            // Syntax errors, broken limits, unparsable dates and refused values all go the thorough way.
            return null;
        }
    }

    private JourneyMap map() throws IOException, GiveUp {
        Keys seen = new Keys();
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
            JsonToken t = value();
            seen.once(switch (name) {
                case "schemaVersion" -> {
                    // Older versions need a migration, which only the tree path does.
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != Migrations.CURRENT_VERSION) {
                        throw GIVE_UP;
                    }
                    yield 0;
                }
                case "id" -> { id = text(t); yield 1; }
                case "title" -> { title = text(t); yield 2; }
                case "description" -> { description = text(t); yield 3; }
                case "language" -> { language = text(t); yield 4; }
                case "scenario" -> { scenario = text(t); yield 5; }
                case "created" -> { created = instant(t); yield 6; }
                case "modified" -> { modified = instant(t); yield 7; }
                case "personas" -> { personas = objects(t, this::persona); yield 8; }
                case "stages" -> { stages = objects(t, this::stage); yield 9; }
                case "lanes" -> { lanes = objects(t, this::lane); yield 10; }
                case "touchpoints" -> { touchpoints = objects(t, this::touchpoint); yield 11; }
                case "connections" -> { connections = objects(t, this::connection); yield 12; }
                case "metrics" -> { metrics = objects(t, this::metric); yield 13; }
                case "opportunities" -> { opportunities = objects(t, this::opportunity); yield 14; }
                default -> throw GIVE_UP;
            });
        }
        if (!seen.has(0)) {
            throw GIVE_UP;
        }
        return new JourneyMap(required(id), title, description, language, personas, scenario, created, modified,
                stages, lanes, touchpoints, connections, metrics, opportunities);
    }

    private Persona persona() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, name = null, description = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "name" -> { name = text(t); yield 1; }
                case "description" -> { description = text(t); yield 2; }
                default -> throw GIVE_UP;
            });
        }
        return new Persona(required(id), name, description);
    }

    private Stage stage() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, name = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "name" -> { name = text(t); yield 1; }
                default -> throw GIVE_UP;
            });
        }
        return new Stage(required(id), name);
    }

    private Lane lane() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, name = null;
        LaneKind kind = null;
        ChannelType channel = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "name" -> { name = text(t); yield 1; }
                case "kind" -> { kind = choice(t, LaneKind.class); yield 2; }
                case "channel" -> { channel = choice(t, ChannelType.class); yield 3; }
                default -> throw GIVE_UP;
            });
        }
        return new Lane(required(id), name, required(kind), channel);
    }

    private Touchpoint touchpoint() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, title = null, description = null, stage = null, lane = null, owner = null, notes = null;
        Double importance = null, emotion = null;
        List<String> tags = new ArrayList<>();
        EvidenceLevel evidence = null;
        List<Measurement> measurements = new ArrayList<>();
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "title" -> { title = text(t); yield 1; }
                case "description" -> { description = text(t); yield 2; }
                case "stage" -> { stage = text(t); yield 3; }
                case "lane" -> { lane = text(t); yield 4; }
                case "importance" -> { importance = number(t); yield 5; }
                case "emotion" -> { emotion = number(t); yield 6; }
                case "owner" -> { owner = text(t); yield 7; }
                case "tags" -> { tags = texts(t); yield 8; }
                case "notes" -> { notes = text(t); yield 9; }
                case "evidence" -> { evidence = choice(t, EvidenceLevel.class); yield 10; }
                case "measurements" -> { measurements = objects(t, this::measurement); yield 11; }
                case "targets" -> { targets = numbersByKey(t); yield 12; }
                default -> throw GIVE_UP;
            });
        }
        return new Touchpoint(required(id), title, description, required(stage), required(lane), importance, emotion,
                owner, tags, notes, evidence, measurements, targets);
    }

    private Measurement measurement() throws IOException, GiveUp {
        Keys seen = new Keys();
        String metric = null, source = null;
        Double value = null, ciLow = null, ciHigh = null;
        Integer n = null;
        LocalDate dateFrom = null, date = null;
        EvidenceLevel evidence = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "metric" -> { metric = text(t); yield 0; }
                case "value" -> { value = number(t); yield 1; }
                case "n" -> { n = wholeNumber(t); yield 2; }
                case "ciLow" -> { ciLow = number(t); yield 3; }
                case "ciHigh" -> { ciHigh = number(t); yield 4; }
                case "dateFrom" -> { dateFrom = date(t); yield 5; }
                case "date" -> { date = date(t); yield 6; }
                case "source" -> { source = text(t); yield 7; }
                case "evidence" -> { evidence = choice(t, EvidenceLevel.class); yield 8; }
                default -> throw GIVE_UP;
            });
        }
        return new Measurement(required(metric), required(value), n, ciLow, ciHigh, dateFrom, date, source, evidence);
    }

    private Connection connection() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, from = null, to = null, label = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "from" -> { from = text(t); yield 1; }
                case "to" -> { to = text(t); yield 2; }
                case "label" -> { label = text(t); yield 3; }
                default -> throw GIVE_UP;
            });
        }
        return new Connection(required(id), required(from), required(to), label);
    }

    private MetricDefinition metric() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, name = null, unit = null;
        Double min = null, max = null;
        Direction direction = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "name" -> { name = text(t); yield 1; }
                case "unit" -> { unit = text(t); yield 2; }
                case "min" -> { min = number(t); yield 3; }
                case "max" -> { max = number(t); yield 4; }
                case "direction" -> { direction = choice(t, Direction.class); yield 5; }
                default -> throw GIVE_UP;
            });
        }
        return MetricDefinition.custom(required(id), name, unit, required(min), required(max), required(direction));
    }

    private Opportunity opportunity() throws IOException, GiveUp {
        Keys seen = new Keys();
        String id = null, text = null;
        List<String> touchpoints = new ArrayList<>();
        ValueEstimate estimate = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "id" -> { id = text(t); yield 0; }
                case "text" -> { text = text(t); yield 1; }
                case "touchpoints" -> { touchpoints = texts(t); yield 2; }
                case "estimate" -> {
                    if (t == JsonToken.START_OBJECT) {
                        estimate = estimate();
                    } else if (t != JsonToken.VALUE_NULL) {
                        throw GIVE_UP;
                    }
                    yield 3;
                }
                default -> throw GIVE_UP;
            });
        }
        return new Opportunity(required(id), text, touchpoints, estimate);
    }

    private ValueEstimate estimate() throws IOException, GiveUp {
        Keys seen = new Keys();
        Double customers = null, share = null, value = null, perDay = null, days = null;
        String currency = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = value();
            seen.once(switch (key) {
                case "customersPerOccurrence" -> { customers = number(t); yield 0; }
                case "shareConverting" -> { share = number(t); yield 1; }
                case "valuePerCustomer" -> { value = number(t); yield 2; }
                case "occurrencesPerDay" -> { perDay = number(t); yield 3; }
                case "daysPerYear" -> { days = number(t); yield 4; }
                case "currency" -> { currency = text(t); yield 5; }
                default -> throw GIVE_UP;
            });
        }
        return new ValueEstimate(required(customers), required(share), required(value), required(perDay),
                required(days), currency);
    }

    /** Reads an item of an array of objects; the parser is at the item's '{'. */
    private interface ItemReader<T> {
        T read() throws IOException, GiveUp;
    }

    /** The next value's first token, counted against the same limit as {@link LocatedJsonReader}'s. */
    private JsonToken value() throws IOException, GiveUp {
        JsonToken t = p.nextToken();
        if (++values > LocatedJsonReader.MAX_VALUES) {
            throw GIVE_UP;
        }
        return t;
    }

    private <T> List<T> objects(JsonToken t, ItemReader<T> reader) throws IOException, GiveUp {
        List<T> out = new ArrayList<>();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        for (JsonToken item = value(); item != JsonToken.END_ARRAY; item = value()) {
            if (item != JsonToken.START_OBJECT) {
                throw GIVE_UP;
            }
            out.add(reader.read());
        }
        values--; // the END_ARRAY is no value
        return out;
    }

    private List<String> texts(JsonToken t) throws IOException, GiveUp {
        List<String> out = new ArrayList<>();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        for (JsonToken item = value(); item != JsonToken.END_ARRAY; item = value()) {
            if (item != JsonToken.VALUE_STRING) {
                throw GIVE_UP;
            }
            out.add(p.getText());
        }
        values--;
        return out;
    }

    private Map<String, Double> numbersByKey(JsonToken t) throws IOException, GiveUp {
        Map<String, Double> out = new LinkedHashMap<>();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            Double number = number(value());
            if (number == null || out.put(key, number) != null) {
                throw GIVE_UP;
            }
        }
        return out;
    }

    private String text(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        return p.getText();
    }

    /** As {@code JsonNode.doubleValue()} of the node {@link LocatedJsonReader} would make. */
    private Double number(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (!Double.isFinite(d)) {
                throw GIVE_UP;
            }
            return d;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw GIVE_UP;
        }
        return switch (p.getNumberType()) {
            case INT -> (double) p.getIntValue();
            case LONG -> (double) p.getLongValue();
            default -> p.getBigIntegerValue().doubleValue();
        };
    }

    private Integer wholeNumber(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw GIVE_UP;
        }
        return p.getIntValue();
    }

    private <E extends Enum<E>> E choice(JsonToken t, Class<E> type) throws IOException, GiveUp {
        String word = text(t);
        if (word == null) {
            return null;
        }
        E found = ObjectFields.word(type, word);
        if (found == null) {
            throw GIVE_UP;
        }
        return found;
    }

    private LocalDate date(JsonToken t) throws IOException, GiveUp {
        String s = text(t);
        return s == null ? null : IsoDates.parse(s);
    }

    private Instant instant(JsonToken t) throws IOException, GiveUp {
        String s = text(t);
        return s == null ? null : Instant.parse(s);
    }

    private static <T> T required(T value) throws GiveUp {
        if (value == null) {
            throw GIVE_UP;
        }
        return value;
    }

    /** The keys one object has had so far, by their number in its reader; a second one is a duplicate. */
    private static final class Keys {
        private int seen;

        void once(int key) throws GiveUp {
            if ((seen & (1 << key)) != 0) {
                throw GIVE_UP;
            }
            seen |= 1 << key;
        }

        boolean has(int key) {
            return (seen & (1 << key)) != 0;
        }
    }
}
