package fi.polku.io.format;

/** What a field of the map file holds, which tells each reader and the writer how to read and write it. */
public enum FieldKind {
    /** The file's schema version: written as the current one; the readers check it before anything else. */
    VERSION,
    /** A text; empty is left out. */
    TEXT,
    /** A text that many records repeat (an id referred to, a source, an owner): the quick reader makes it once. */
    SHARED_TEXT,
    /** A text that must be one of a few fixed words, such as a media type. */
    WORD,
    /** A colour as a text {@code #RRGGBB}. */
    COLOUR,
    /** Bytes, written as a base64 text (RFC 4648, no line breaks); written even when empty. */
    BASE64,
    /** A finite number; whole numbers are written without a fraction. */
    NUMBER,
    /** A whole number that fits an int. */
    WHOLE_NUMBER,
    /** One of an enum's constants, written as its lower-case name. */
    CHOICE,
    /** An ISO date (yyyy-mm-dd). */
    DATE,
    /** An ISO instant (UTC). */
    INSTANT,
    /** An array of texts; each is a {@link #SHARED_TEXT}. */
    TEXTS,
    /** An object whose keys are free (metric ids) and whose values are numbers, written sorted by key. */
    NUMBERS_BY_KEY,
    /** One nested record. */
    OBJECT,
    /** An array of nested records. */
    OBJECTS,
    /** An object of nested records under a fixed set of keys (such as a source per value factor). */
    OBJECTS_BY_KEY,
    /** The map's touchpoints: {@link #OBJECTS} that the quick reader indexes as it reads them. */
    TOUCHPOINTS
}
