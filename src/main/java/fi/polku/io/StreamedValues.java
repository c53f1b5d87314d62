package fi.polku.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.polku.model.Touchpoint;
import fi.polku.model.TouchpointList;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a map file read token by token for {@link StreamingMapDecoder}, as the tree path would read
 * them ({@code JsonNode.doubleValue()} for numbers, JSON null as absent), giving up at anything it would report.
 */
final class StreamedValues {
    /** Thrown to leave the recursion at once; it carries no stack trace, so giving up costs nothing. */
    static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    private final JsonParser p;
    private final RepeatedTexts repeated = new RepeatedTexts();
    /** One reusable list per depth of {@link #objects}, so each array is copied once, into its final list. */
    private final List<ArrayList<Object>> buffers = new ArrayList<>();
    private int depth;
    /** The dates read so far by their digits: a large map measures on a few hundred distinct days. */
    private final int[] dateDigits = new int[1024];
    private final LocalDate[] dates = new LocalDate[1024];
    private int values;

    StreamedValues(JsonParser parser) {
        this.p = parser;
    }

    /** The whole number {@code t} when it is one written as a plain int, else {@code otherwise}. */
    int intOr(JsonToken t, int otherwise) throws IOException {
        return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                ? p.getIntValue() : otherwise;
    }

    /** Reads an item of an array of objects; the parser is at the item's '{'. */
    interface ItemReader<T> {
        T read() throws IOException, GiveUp;
    }

    /** The next value's first token, counted against the same limit as {@link LocatedJsonReader}'s. */
    JsonToken value() throws IOException, GiveUp {
        JsonToken t = p.nextToken();
        if (++values > LocatedJsonReader.MAX_VALUES) {
            throw GIVE_UP;
        }
        return t;
    }

    /** The items, as an immutable list that the model's records keep as it is (their copyOf is no copy). */
    @SuppressWarnings("unchecked")
    <T> List<T> objects(JsonToken t, ItemReader<T> reader) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        if (depth == buffers.size()) {
            buffers.add(new ArrayList<>());
        }
        ArrayList<Object> out = buffers.get(depth++);
        try {
            for (JsonToken item = value(); item != JsonToken.END_ARRAY; item = value()) {
                if (item != JsonToken.START_OBJECT) {
                    throw GIVE_UP;
                }
                out.add(reader.read());
            }
            values--; // the END_ARRAY is no value
            return (List<T>) List.copyOf(out);
        } finally {
            out.clear();
            depth--;
        }
    }

    /** The map's touchpoints, hashed for {@link TouchpointList} as they are read. */
    TouchpointList touchpoints(JsonToken t, ItemReader<Touchpoint> reader) throws IOException, GiveUp {
        TouchpointList.Builder out = new TouchpointList.Builder();
        if (t == JsonToken.VALUE_NULL) {
            return out.build();
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
        return out.build();
    }

    /** Texts such as tags, each through {@link #repeated}, as an immutable list. */
    List<String> texts(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        JsonToken item = value();
        if (item == JsonToken.END_ARRAY) {
            values--; // the END_ARRAY is no value
            return List.of();
        }
        String first = textItem(item);
        if ((item = value()) == JsonToken.END_ARRAY) {
            // Most lists of tags have one: no list to grow and copy.
            values--;
            return List.of(first);
        }
        List<String> out = new ArrayList<>();
        out.add(first);
        for (; item != JsonToken.END_ARRAY; item = value()) {
            out.add(textItem(item));
        }
        values--;
        return List.copyOf(out);
    }

    private String textItem(JsonToken item) throws IOException, GiveUp {
        if (item != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        return repeated(item);
    }

    /** Records under fixed keys, as {@link ObjectFields#objectsByKey}. */
    <T> Map<Object, T> objectsByKey(JsonToken t, Map<String, ?> keys, ItemReader<T> reader) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        Map<Object, T> out = new HashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            Object key = keys.get(name);
            if (key == null || value() != JsonToken.START_OBJECT || out.put(key, reader.read()) != null) {
                throw GIVE_UP;
            }
        }
        return out;
    }

    /** Sorted as the model keeps them, so that the record's own sorted copy takes the quick way. */
    Map<String, Double> numbersByKey(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String first = p.nextFieldName();
        if (first == null) {
            return null;
        }
        Double firstNumber = number(value());
        if (firstNumber == null) {
            throw GIVE_UP;
        }
        String key = p.nextFieldName();
        if (key == null) {
            return Map.of(first, firstNumber); // most touchpoints have one target; the record keeps it as it is
        }
        Map<String, Double> out = new TreeMap<>();
        out.put(first, firstNumber);
        for (; key != null; key = p.nextFieldName()) {
            Double number = number(value());
            if (number == null || out.put(key, number) != null) {
                throw GIVE_UP;
            }
        }
        return out;
    }

    String text(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        return p.getText();
    }

    /**
     * A text that many values repeat (an id that refers to a stage, lane or metric, a source, an owner, a
     * tag), made once per file; the parser's characters are compared in place. Null for JSON null.
     */
    String repeated(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        return repeated.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /** One of {@code words}. */
    String word(JsonToken t, Map<String, ?> words) throws IOException, GiveUp {
        String word = repeated(t);
        if (word != null && !words.containsKey(word)) {
            throw GIVE_UP;
        }
        return word;
    }

    String colour(JsonToken t) throws IOException, GiveUp {
        String colour = text(t);
        if (colour != null && !ObjectFields.isColour(colour)) {
            throw GIVE_UP;
        }
        return colour;
    }

    byte[] base64(JsonToken t) throws IOException, GiveUp {
        String text = text(t);
        try {
            return text == null ? null : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw GIVE_UP;
        }
    }

    /** As {@code JsonNode.doubleValue()} of the node {@link LocatedJsonReader} would make. */
    Double number(JsonToken t) throws IOException, GiveUp {
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

    Integer wholeNumber(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw GIVE_UP;
        }
        return p.getIntValue();
    }

    <E extends Enum<E>> E choice(JsonToken t, Class<E> type) throws IOException, GiveUp {
        String word = repeated(t);
        if (word == null) {
            return null;
        }
        E found = ObjectFields.word(type, word);
        if (found == null) {
            throw GIVE_UP;
        }
        return found;
    }

    LocalDate date(JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_STRING) {
            int digits = IsoDates.usualDigits(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (digits >= 0) {
                int slot = (digits * 0x9E3779B1) >>> 22;
                if (dateDigits[slot] == digits && dates[slot] != null) {
                    return dates[slot];
                }
                LocalDate date = IsoDates.of(digits);
                if (date != null) {
                    dateDigits[slot] = digits;
                    dates[slot] = date;
                    return date;
                }
            }
        }
        String s = text(t);
        return s == null ? null : IsoDates.parse(s);
    }

    Instant instant(JsonToken t) throws IOException, GiveUp {
        String s = text(t);
        return s == null ? null : Instant.parse(s);
    }

    static <T> T required(T value) throws GiveUp {
        if (value == null) {
            throw GIVE_UP;
        }
        return value;
    }
}
