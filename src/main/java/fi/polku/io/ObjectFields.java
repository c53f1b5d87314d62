package fi.polku.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fi.polku.model.MapPath;
import fi.polku.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the members of one JSON object of a map file. A member of the wrong type, an unknown
 * member or a missing required member is recorded as a located problem and read as absent, so that
 * decoding goes on and reports every problem in one pass.
 */
final class ObjectFields {
    /** Each enum's constants by their file word (the lower-case name), made once per enum. */
    private static final ClassValue<Map<String, Enum<?>>> WORDS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> words = new LinkedHashMap<>();
            for (Object e : type.getEnumConstants()) {
                words.put(((Enum<?>) e).name().toLowerCase(Locale.ROOT), (Enum<?>) e);
            }
            return words;
        }
    };

    private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();
    private static final Text NO_LABEL = Text.of("io.item.map");

    private final JsonNode node;
    private final DecodeProblems problems;
    private final int problemsBefore;
    /** Where this object sits; path and label are made from these only when a problem needs them. */
    private final ObjectFields parent;
    private final String key;
    private final int index;
    private final String what;
    private String path;
    /** Null until a problem needs it; {@link #NO_LABEL} for the top-level object. */
    private Text label;

    /** Reads the top-level object at {@code path}, whose problems carry no label. */
    ObjectFields(JsonNode node, String path, Set<String> known, DecodeProblems problems) {
        this(node, null, null, -1, null, path, NO_LABEL, known, problems);
    }

    /**
     * Reads the object in member {@code key} of {@code parent} (element {@code index} of it when not -1),
     * naming it by the text key {@code what} (such as {@code io.item.touchpoint}) and its title in messages
     * (such as {@code touchpoint "Checkout"}).
     */
    private ObjectFields(JsonNode node, ObjectFields parent, String key, int index, String what, String path,
                         Text label, Set<String> known, DecodeProblems problems) {
        this.node = node;
        this.path = path;
        this.label = label;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.what = what;
        this.problems = problems;
        this.problemsBefore = problems.count();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(MapPath.member(path(), name), Text.of("io.field.unknown", name));
            }
        }
    }

    /** Names a child object as a person would: by its title or name, else its id, else its position. */
    private Text childLabel(String what, JsonNode child, int index) {
        String name = null;
        for (String key : new String[] {"title", "name", "text", "id"}) {
            JsonNode v = child.get(key);
            if (v != null && v.isTextual() && !v.textValue().isBlank()) {
                name = v.textValue();
                break;
            }
        }
        Text kind = Text.of(what);
        Text own = name != null ? Text.of("io.label.named", kind, name)
                : index >= 0 ? Text.of("io.label.numbered", kind, Integer.toString(index + 1)) : kind;
        Text outer = label();
        return outer == NO_LABEL ? own : Text.of("io.label.inside", outer, own);
    }

    private Text label() {
        if (label == null) {
            label = parent.childLabel(what, node, index);
        }
        return label;
    }

    private void problem(String at, Text message) {
        problems.add(at, label() == NO_LABEL ? message : Text.of("io.problem.inItem", label(), message));
    }

    /** True when nothing in this object (or anything read through it so far) had a problem. */
    boolean ok() {
        return problems.count() == problemsBefore;
    }

    String path() {
        if (path == null) {
            path = index >= 0 ? MapPath.element(parent.at(key), index) : parent.at(key);
        }
        return path;
    }

    String at(String key) {
        return MapPath.member(path(), key);
    }

    String text(String key) {
        JsonNode v = present(key);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            return wrongType(key, "io.type.text", v);
        }
        return v.textValue();
    }

    String requiredText(String key) {
        return required(key, text(key));
    }

    Double number(String key) {
        JsonNode v = present(key);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            return wrongType(key, "io.type.number", v);
        }
        return v.doubleValue();
    }

    Double requiredNumber(String key) {
        return required(key, number(key));
    }

    Integer wholeNumber(String key) {
        JsonNode v = present(key);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()))) {
            return wrongType(key, "io.type.wholeNumber", v);
        }
        if (!v.canConvertToInt()) {
            problem(at(key), Text.of("io.field.tooLarge", key, v.asText()));
            return null;
        }
        return v.intValue();
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String word = text(key);
        if (word == null) {
            return null;
        }
        E found = word(type, word);
        if (found != null) {
            return found;
        }
        problem(at(key), Text.of("io.field.notOneOf", key, String.join(", ", WORDS.get(type).keySet()), word));
        return null;
    }

    /** The constant of {@code type} that a file writes as {@code word}, or null when there is none. */
    static <E extends Enum<E>> E word(Class<E> type, String word) {
        return type.cast(WORDS.get(type).get(word));
    }

    <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        return required(key, choice(key, type));
    }

    /** A text that must be one of {@code words}, such as a media type. */
    String word(String key, Set<String> words) {
        String word = text(key);
        if (word == null || words.contains(word)) {
            return word;
        }
        problem(at(key), Text.of("io.field.notOneOf", key, String.join(", ", words), word));
        return null;
    }

    /** A colour written {@code #RRGGBB}. */
    String colour(String key) {
        String colour = text(key);
        if (colour == null || isColour(colour)) {
            return colour;
        }
        problem(at(key), Text.of("io.field.colour", key, colour.length() > 40 ? colour.substring(0, 40) + "…" : colour));
        return null;
    }

    static boolean isColour(String s) {
        if (s.length() != 7 || s.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Bytes written as base64 text. */
    byte[] base64(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            problem(at(key), Text.of("io.field.base64", key));
            return null;
        }
    }

    LocalDate date(String key) {
        return parsed(key, IsoDates::parse, "io.type.date");
    }

    Instant instant(String key) {
        return parsed(key, Instant::parse, "io.type.instant");
    }

    List<String> texts(String key) {
        JsonNode items = array(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isTextual()) {
                out.add(item.textValue());
            } else {
                problem(MapPath.element(at(key), i), Text.of("io.field.itemsText", key, describe(item)));
            }
        }
        return out;
    }

    /** Each object of array {@code key} read by {@code reader}; broken items are left out (their problems recorded). */
    <T> List<T> objects(String key, Function<ObjectFields, T> reader, String itemWhat, Set<String> known) {
        JsonNode items = array(key);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                problem(MapPath.element(at(key), i), Text.of("io.field.itemsObjects", key, describe(item)));
                continue;
            }
            ObjectFields fields = new ObjectFields(item, this, key, i, itemWhat, null, null, known, problems);
            T value = reader.apply(fields);
            if (fields.ok() && value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /**
     * The objects under the members of object {@code key}, each read by {@code reader} into the key its member's
     * name stands for in {@code keys}; a member of another name, or not an object, is a problem.
     */
    <T> Map<Object, T> objectsByKey(String key, Map<String, ?> keys, Function<ObjectFields, T> reader, String itemWhat,
                                    Set<String> known) {
        JsonNode v = present(key);
        Map<Object, T> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            wrongType(key, "io.type.object", v);
            return out;
        }
        v.properties().forEach(e -> {
            String at = MapPath.member(at(key), e.getKey());
            Object k = keys.get(e.getKey());
            if (k == null) {
                problem(at, Text.of("io.field.keyNotOneOf", key, String.join(", ", keys.keySet()), e.getKey()));
            } else if (!e.getValue().isObject()) {
                problem(at, Text.of("io.field.itemsObjects", key, describe(e.getValue())));
            } else {
                Text kind = Text.of("io.label.named", Text.of(itemWhat), e.getKey());
                ObjectFields fields = new ObjectFields(e.getValue(), this, key, -1, itemWhat, at,
                        label() == NO_LABEL ? kind : Text.of("io.label.inside", label(), kind), known, problems);
                T value = reader.apply(fields);
                if (fields.ok() && value != null) {
                    out.put(k, value);
                }
            }
        });
        return out;
    }

    /** The object member {@code key}, or null when absent or not an object. */
    ObjectFields object(String key, String objectWhat, Set<String> known) {
        JsonNode v = present(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            return wrongType(key, "io.type.object", v);
        }
        return new ObjectFields(v, this, key, -1, objectWhat, null, null, known, problems);
    }

    /** An object whose keys are free (metric ids) and whose values are numbers, in file order. */
    Map<String, Double> numbersByKey(String key) {
        JsonNode v = present(key);
        Map<String, Double> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            wrongType(key, "io.type.object", v);
            return out;
        }
        v.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), e.getValue().doubleValue());
            } else {
                problem(MapPath.member(at(key), e.getKey()),
                        Text.of("io.field.memberNumber", e.getKey(), key, describe(e.getValue())));
            }
        });
        return out;
    }

    /** The elements of array member {@code key}; empty when absent or (a recorded problem) not an array. */
    private JsonNode array(String key) {
        JsonNode v = present(key);
        if (v == null) {
            return EMPTY;
        }
        if (!v.isArray()) {
            wrongType(key, "io.type.array", v);
            return EMPTY;
        }
        return v;
    }

    private <T> T parsed(String key, Function<String, T> parse, String expected) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (DateTimeParseException e) {
            problem(at(key), Text.of("io.field.wrongType", key, Text.of(expected),
                    Text.of("io.found.quoted", s)));
            return null;
        }
    }

    /** The member, or null when absent or JSON null (an optional field may be written either way). */
    private JsonNode present(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    <T> T required(String key, T value) {
        if (value == null && present(key) == null) {
            problems.add(node.has(key) ? at(key) : path(), Text.of("io.field.missing", label(), key));
        }
        return value;
    }

    /** Records that member {@code key} is not of type {@code expected}, a type's key such as {@code io.type.number}. */
    private <T> T wrongType(String key, String expected, JsonNode found) {
        problem(at(key), mustBe(key, expected, found));
        return null;
    }

    /** "{@code key}" must be {@code expected}, found {@code found}. */
    static Text mustBe(String key, String expected, JsonNode found) {
        return Text.of("io.field.wrongType", key, Text.of(expected), describe(found));
    }

    /** How a message shows a value found in the file: its type and, for text and numbers, the value itself. */
    static Text describe(JsonNode v) {
        if (v.isTextual()) {
            String s = v.textValue();
            return Text.of("io.found.text", s.length() > 40 ? s.substring(0, 40) + "…" : s);
        }
        if (v.isNumber()) {
            return Text.of("io.found.number", v.asText());
        }
        if (v.isBoolean()) {
            return Text.of("io.found.boolean", v.asText());
        }
        if (v.isArray()) {
            return Text.of("io.found.array");
        }
        if (v.isObject()) {
            return Text.of("io.found.object");
        }
        return Text.of("io.found.null");
    }
}
