package fi.polku.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.polku.io.format.Field;
import fi.polku.io.format.MapFormat;
import fi.polku.io.format.RecordFormat;
import fi.polku.io.format.Values;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

import java.io.IOException;

/**
 * Opens a current-version map file that has nothing to report straight from the parser into a
 * {@link JourneyMap}, without a JSON tree: building and then walking a tree of a large map costs more than
 * parsing it. At the first thing {@link MapTreeDecoder} or {@link LocatedJsonReader} would report (an
 * unknown or duplicate key, a wrong type, a missing field, a broken limit, an older schema version) it
 * gives up (null), and the caller reads the file the thorough way, which finds and places every problem.
 * Both read the fields {@link MapFormat} describes; a test checks that they give the same map.
 */
final class StreamingMapDecoder {
    private static final Integer CURRENT_VERSION = Migrations.CURRENT_VERSION;
    private static final RecordFormat<JourneyMap> MAP = MapFormat.MAP;
    /** Counted after {@link #MAP}, so that every format of the file exists by then. */
    private static final int FORMATS = RecordFormat.count();

    private final JsonParser p;
    private final StreamedValues in;
    /** One {@link Values} per format, emptied for each record: a format never nests inside itself. */
    private final Values[] spare = new Values[FORMATS];

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
            JourneyMap map = new StreamingMapDecoder(parser).record(MAP);
            return parser.nextToken() == null ? map : null;
        } catch (StreamedValues.GiveUp | IOException | RuntimeException e) {
            // Syntax errors, broken limits, unparsable dates and refused values all go the thorough way.
            return null;
        }
    }

    /** The record whose '{' the parser is at. */
    private <R> R record(RecordFormat<R> format) throws IOException, StreamedValues.GiveUp {
        Values values = spare[format.number()];
        if (values == null) {
            values = spare[format.number()] = format.values();
        } else {
            values.clear();
        }
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = in.value();
            Field<R, ?> field = format.field(key);
            if (field == null || !values.setOnce(field, value(field, t))) {
                throw StreamedValues.GIVE_UP;
            }
        }
        return StreamedValues.required(format.make(values));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a choice field's enum is known only at run time
    private Object value(Field<?, ?> field, JsonToken t) throws IOException, StreamedValues.GiveUp {
        return switch (field.kind()) {
            case VERSION -> {
                // Older versions need a migration, which only the tree path does.
                if (!Migrations.readsAsCurrent(in.intOr(t, -1))) {
                    throw StreamedValues.GIVE_UP;
                }
                yield CURRENT_VERSION;
            }
            case TEXT -> in.text(t);
            case SHARED_TEXT -> in.repeated(t);
            case WORD -> in.word(t, field.vocabulary());
            case COLOUR -> in.colour(t);
            case BASE64 -> in.base64(t);
            case NUMBER -> in.number(t);
            case WHOLE_NUMBER -> in.wholeNumber(t);
            case CHOICE -> in.choice(t, (Class) field.choices());
            case DATE -> in.date(t);
            case INSTANT -> in.instant(t);
            case TEXTS -> in.texts(t);
            case NUMBERS_BY_KEY -> in.numbersByKey(t);
            case OBJECT -> {
                if (t == JsonToken.VALUE_NULL) {
                    yield null;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw StreamedValues.GIVE_UP;
                }
                yield record(field.item());
            }
            case OBJECTS_BY_KEY -> {
                RecordFormat<?> item = field.item();
                yield in.objectsByKey(t, field.vocabulary(), () -> record(item));
            }
            case OBJECTS -> {
                RecordFormat<?> item = field.item();
                yield in.objects(t, () -> record(item));
            }
            case TOUCHPOINTS -> {
                RecordFormat<?> item = field.item();
                yield in.touchpoints(t, () -> (Touchpoint) record(item));
            }
        };
    }
}
