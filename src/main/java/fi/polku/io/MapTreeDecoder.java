package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.format.Field;
import fi.polku.io.format.MapFormat;
import fi.polku.io.format.RecordFormat;
import fi.polku.io.format.Values;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;

/**
 * Turns the JSON tree of a current-version map file into a {@link JourneyMap}, field by field as
 * {@link MapFormat} describes them; anything else in an object is refused as an unknown field.
 */
final class MapTreeDecoder {
    private MapTreeDecoder() {
    }

    /** The map, or null when {@code problems} received at least one problem. */
    static JourneyMap decode(ObjectNode root, String rootPath, DecodeProblems problems) {
        ObjectFields f = new ObjectFields(root, rootPath, MapFormat.MAP.names(), problems);
        JourneyMap map = record(f, MapFormat.MAP);
        return problems.count() > 0 ? null : map;
    }

    /** The record in {@code f}, or null when it had a problem (which {@code f} has recorded). */
    private static <R> R record(ObjectFields f, RecordFormat<R> format) {
        Values values = format.values();
        for (Field<R, ?> field : format.fields()) {
            Object value = value(f, field);
            if (field.isRequired()) {
                f.required(field.name(), value);
            }
            values.set(field, value);
        }
        return f.ok() ? format.make(values) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a choice field's enum is known only at run time
    private static Object value(ObjectFields f, Field<?, ?> field) {
        String name = field.name();
        return switch (field.kind()) {
            case VERSION -> Migrations.CURRENT_VERSION; // checked (and migrated to) before decoding
            case TEXT, SHARED_TEXT -> f.text(name);
            case WORD -> f.word(name, field.vocabulary().keySet());
            case COLOUR -> f.colour(name);
            case BASE64 -> f.base64(name);
            case NUMBER -> f.number(name);
            case WHOLE_NUMBER -> f.wholeNumber(name);
            case CHOICE -> f.choice(name, (Class) field.choices());
            case DATE -> f.date(name);
            case INSTANT -> f.instant(name);
            case TEXTS -> f.texts(name);
            case NUMBERS_BY_KEY -> f.numbersByKey(name);
            case OBJECT -> {
                RecordFormat<?> item = field.item();
                ObjectFields nested = f.object(name, item.what(), item.names());
                yield nested == null ? null : record(nested, item);
            }
            case OBJECTS_BY_KEY -> {
                RecordFormat<?> item = field.item();
                yield f.objectsByKey(name, field.vocabulary(), nested -> record(nested, item), item.what(),
                        item.names());
            }
            case OBJECTS, TOUCHPOINTS -> {
                RecordFormat<?> item = field.item();
                yield f.objects(name, nested -> record(nested, item), item.what(), item.names());
            }
        };
    }
}
