package fi.polku.io.format;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One field of a record in the map file: its JSON name, what it holds, whether a file must have it, and how
 * the writer gets it from the record. Readers put what they read into {@link Values}; the record's
 * {@link RecordFormat} makes the record from them.
 *
 * @param <R> the record the field belongs to
 * @param <T> the value read and written (an immutable list or map for arrays and keyed objects)
 */
public final class Field<R, T> {
    private final String name;
    private final SerializedString jsonName;
    private final FieldKind kind;
    private final Function<R, T> get;
    /** For a number the record keeps as a {@code double}: the writer reads it without boxing. */
    private final ToDoubleFunction<R> getDouble;
    private final Class<? extends Enum<?>> choices;
    private final RecordFormat<?> item;
    /** A {@link FieldKind#WORD}'s words, or an {@link FieldKind#OBJECTS_BY_KEY}'s keys by name, in order. */
    private final Map<String, ?> vocabulary;
    /** A choice's words by constant, encoded once. */
    private final SerializedString[] words;
    private final boolean required;
    private final boolean writtenWhenEmpty;
    private int slot = -1;

    private Field(String name, FieldKind kind, Function<R, T> get, ToDoubleFunction<R> getDouble,
                  Class<? extends Enum<?>> choices, RecordFormat<?> item, boolean required, boolean writtenWhenEmpty) {
        this(name, kind, get, getDouble, choices, item, null, required, writtenWhenEmpty);
    }

    private Field(String name, FieldKind kind, Function<R, T> get, ToDoubleFunction<R> getDouble,
                  Class<? extends Enum<?>> choices, RecordFormat<?> item, Map<String, ?> vocabulary, boolean required,
                  boolean writtenWhenEmpty) {
        this.vocabulary = vocabulary;
        this.name = name.intern(); // the parser interns the names it reads: a lookup compares references first
        this.jsonName = new SerializedString(this.name);
        this.kind = kind;
        this.get = get;
        this.getDouble = getDouble;
        this.choices = choices;
        this.words = choices == null ? null : Arrays.stream(choices.getEnumConstants())
                .map(e -> new SerializedString(word(e))).toArray(SerializedString[]::new);
        this.item = item;
        this.required = required;
        this.writtenWhenEmpty = writtenWhenEmpty;
    }

    private static <R, T> Field<R, T> of(String name, FieldKind kind, Function<R, T> get) {
        return new Field<>(name, kind, get, null, null, null, false, false);
    }

    /** The schema version, which every file has. */
    public static <R> Field<R, Integer> version(String name) {
        return new Field<>(name, FieldKind.VERSION, r -> null, null, null, null, true, true);
    }

    public static <R> Field<R, String> text(String name, Function<R, String> get) {
        return of(name, FieldKind.TEXT, get);
    }

    /** A text many records repeat, such as a reference to a stage's id. */
    public static <R> Field<R, String> sharedText(String name, Function<R, String> get) {
        return of(name, FieldKind.SHARED_TEXT, get);
    }

    public static <R> Field<R, Double> number(String name, Function<R, Double> get) {
        return of(name, FieldKind.NUMBER, get);
    }

    /** A number every such record has, kept by the record as a {@code double}. */
    public static <R> Field<R, Double> requiredNumber(String name, ToDoubleFunction<R> get) {
        return new Field<>(name, FieldKind.NUMBER, r -> get.applyAsDouble(r), get, null, null, true, false);
    }

    public static <R> Field<R, Integer> wholeNumber(String name, Function<R, Integer> get) {
        return of(name, FieldKind.WHOLE_NUMBER, get);
    }

    public static <R, E extends Enum<E>> Field<R, E> choice(String name, Class<E> type, Function<R, E> get) {
        return new Field<>(name, FieldKind.CHOICE, get, null, type, null, false, false);
    }

    public static <R> Field<R, java.time.LocalDate> date(String name, Function<R, java.time.LocalDate> get) {
        return of(name, FieldKind.DATE, get);
    }

    public static <R> Field<R, java.time.Instant> instant(String name, Function<R, java.time.Instant> get) {
        return of(name, FieldKind.INSTANT, get);
    }

    public static <R> Field<R, List<String>> texts(String name, Function<R, List<String>> get) {
        return of(name, FieldKind.TEXTS, get);
    }

    public static <R> Field<R, Map<String, Double>> numbersByKey(String name, Function<R, Map<String, Double>> get) {
        return of(name, FieldKind.NUMBERS_BY_KEY, get);
    }

    /** One nested record, left out when {@code get} gives null. */
    public static <R, I> Field<R, I> object(String name, RecordFormat<I> item, Function<R, I> get) {
        return new Field<>(name, FieldKind.OBJECT, get, null, null, item, false, false);
    }

    public static <R, I> Field<R, List<I>> objects(String name, RecordFormat<I> item, Function<R, List<I>> get) {
        return new Field<>(name, FieldKind.OBJECTS, get, null, null, item, false, false);
    }

    public static <R, I> Field<R, List<I>> touchpoints(String name, RecordFormat<I> item, Function<R, List<I>> get) {
        return new Field<>(name, FieldKind.TOUCHPOINTS, get, null, null, item, false, false);
    }

    /** A text that must be one of {@code words}. */
    public static <R> Field<R, String> word(String name, List<String> words, Function<R, String> get) {
        Map<String, String> vocabulary = new LinkedHashMap<>();
        words.forEach(w -> vocabulary.put(w, w));
        return new Field<>(name, FieldKind.WORD, get, null, null, null, vocabulary, false, false);
    }

    /** A colour {@code #RRGGBB}. */
    public static <R> Field<R, String> colour(String name, Function<R, String> get) {
        return of(name, FieldKind.COLOUR, get);
    }

    public static <R> Field<R, byte[]> base64(String name, Function<R, byte[]> get) {
        return of(name, FieldKind.BASE64, get);
    }

    /**
     * Nested records under fixed keys, read into a map by the key each name stands for; left out when empty.
     *
     * @param keys the names a file may use and the key each stands for, in the order the writer writes them
     */
    public static <R, K, I> Field<R, Map<K, I>> objectsByKey(String name, Map<String, K> keys, RecordFormat<I> item,
                                                           Function<R, Map<K, I>> get) {
        return new Field<>(name, FieldKind.OBJECTS_BY_KEY, get, null, null, item, new LinkedHashMap<>(keys), false,
                false);
    }

    /** This field, which a file must have. */
    public Field<R, T> required() {
        return new Field<>(name, kind, get, getDouble, choices, item, vocabulary, true, writtenWhenEmpty);
    }

    /** This field, written even when empty (an empty array): a reader of the file can count on it. */
    public Field<R, T> writtenWhenEmpty() {
        return new Field<>(name, kind, get, getDouble, choices, item, vocabulary, required, true);
    }

    /**
     * The words of a {@link FieldKind#WORD} (each standing for itself), or the names of an
     * {@link FieldKind#OBJECTS_BY_KEY} and the key each stands for, in the written order.
     */
    public Map<String, ?> vocabulary() {
        return vocabulary;
    }

    public String name() {
        return name;
    }

    /** The name as the writer writes it, quoted and encoded once instead of at every record. */
    public SerializableString jsonName() {
        return jsonName;
    }

    public FieldKind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isWrittenWhenEmpty() {
        return writtenWhenEmpty;
    }

    /** The enum whose constants a {@link FieldKind#CHOICE} takes. */
    public Class<? extends Enum<?>> choices() {
        return choices;
    }

    /** How the file writes a choice's constant: its name in lower case. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** {@link #word} of a constant of this choice field's enum, quoted and encoded once. */
    public SerializableString encodedWord(Enum<?> constant) {
        return words[constant.ordinal()];
    }

    /** The format of the nested records of an {@link FieldKind#OBJECT}, {@link FieldKind#OBJECTS} or
     *  {@link FieldKind#TOUCHPOINTS} field. */
    public RecordFormat<?> item() {
        return item;
    }

    /** True for a {@link #requiredNumber}, whose value {@link #doubleOf} gives without boxing. */
    public boolean isDouble() {
        return getDouble != null;
    }

    public double doubleOf(R record) {
        return getDouble.applyAsDouble(record);
    }

    /** The value the writer writes for {@code record}. */
    public T of(R record) {
        return get.apply(record);
    }

    int slot() {
        return slot;
    }

    void placeAt(int slot) {
        if (this.slot != -1) {
            throw new IllegalStateException(name + " is in a format already");
        }
        this.slot = slot;
    }

    @Override
    public String toString() {
        return name;
    }
}
