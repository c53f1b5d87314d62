package fi.polku.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fi.polku.io.format.Field;
import fi.polku.io.format.FieldKind;
import fi.polku.io.format.MapFormat;
import fi.polku.io.format.RecordFormat;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a map in the canonical form of the file format: keys in the documented order, two-space
 * indentation, {@code \n} line ends, a final newline, no BOM, and empty optional values left out, so
 * that the same map always gives the same bytes and a git diff shows only real changes. The keys and their
 * order are {@link MapFormat}'s.
 */
final class CanonicalMapWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        PRETTY = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private final JsonGenerator g;

    private CanonicalMapWriter(JsonGenerator g) {
        this.g = g;
    }

    static byte[] write(JourneyMap map) {
        // Grows by segments, copied once at the end, not at every doubling as a ByteArrayOutputStream would.
        ByteArrayBuilder bytes = new ByteArrayBuilder(8192);
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            new CanonicalMapWriter(g).record(MapFormat.MAP, map);
            g.flush();
            bytes.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Each field of {@code format} in its order, left out when empty unless the format says otherwise. */
    private <R> void record(RecordFormat<R> format, R record) throws IOException {
        g.writeStartObject();
        for (Field<R, ?> field : format.fields()) {
            field(field, record);
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private <R> void field(Field<R, ?> field, R record) throws IOException {
        SerializableString key = field.jsonName();
        if (field.kind() == FieldKind.VERSION) {
            g.writeFieldName(key);
            g.writeNumber(Migrations.CURRENT_VERSION);
            return;
        }
        if (field.isDouble()) {
            g.writeFieldName(key);
            number(field.doubleOf(record));
            return;
        }
        Object value = field.of(record);
        switch (field.kind()) {
            case TEXT, SHARED_TEXT, WORD, COLOUR -> text(key, (String) value);
            case BASE64 -> {
                if (value != null) {
                    g.writeFieldName(key);
                    g.writeString(Base64.getEncoder().encodeToString((byte[]) value));
                }
            }
            case NUMBER -> number(key, (Double) value);
            case WHOLE_NUMBER -> {
                if (value != null) {
                    g.writeFieldName(key);
                    g.writeNumber((int) (Integer) value);
                }
            }
            case CHOICE -> {
                if (value != null) {
                    g.writeFieldName(key);
                    g.writeString(field.encodedWord((Enum<?>) value));
                }
            }
            case DATE, INSTANT -> text(key, value == null ? null : value.toString());
            case TEXTS -> texts(key, (List<String>) value);
            case NUMBERS_BY_KEY -> numbersByKey(key, (Map<String, Double>) value);
            case OBJECT -> {
                if (value != null) {
                    g.writeFieldName(key);
                    record((RecordFormat<Object>) field.item(), value);
                }
            }
            case OBJECTS_BY_KEY -> {
                Map<Object, Object> items = (Map<Object, Object>) value;
                if (!items.isEmpty()) {
                    g.writeFieldName(key);
                    g.writeStartObject();
                    for (Map.Entry<String, ?> name : field.vocabulary().entrySet()) {
                        Object item = items.get(name.getValue());
                        if (item != null) {
                            g.writeFieldName(name.getKey());
                            record((RecordFormat<Object>) field.item(), item);
                        }
                    }
                    g.writeEndObject();
                }
            }
            case OBJECTS, TOUCHPOINTS -> {
                List<Object> items = (List<Object>) value;
                if (!items.isEmpty() || field.isWrittenWhenEmpty()) {
                    g.writeFieldName(key);
                    g.writeStartArray();
                    for (Object item : items) {
                        record((RecordFormat<Object>) field.item(), item);
                    }
                    g.writeEndArray();
                }
            }
            case VERSION -> throw new AssertionError("written above");
        }
    }

    /** Sorted by key, so that the same numbers always give the same bytes. */
    private void numbersByKey(SerializableString key, Map<String, Double> numbers) throws IOException {
        if (numbers.isEmpty()) {
            return;
        }
        g.writeFieldName(key);
        g.writeStartObject();
        for (Map.Entry<String, Double> e : new TreeMap<>(numbers).entrySet()) {
            g.writeFieldName(e.getKey());
            number(e.getValue());
        }
        g.writeEndObject();
    }

    private void text(SerializableString key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeFieldName(key);
            g.writeString(value);
        }
    }

    private void texts(SerializableString key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeFieldName(key);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void number(SerializableString key, Double value) throws IOException {
        if (value != null) {
            g.writeFieldName(key);
            number(value);
        }
    }

    /** Whole numbers are written without a fraction (4, not 4.0); -0.0 keeps its sign so it reads back equal. */
    private void number(double v) throws IOException {
        boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
