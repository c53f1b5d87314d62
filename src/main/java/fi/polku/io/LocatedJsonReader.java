package fi.polku.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.text.Text;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses map text into a JSON tree under the hostile-input limits of the file format. Syntax errors, duplicate
 * keys and exceeded limits become one located problem. Jackson's own messages are English and meant for
 * programmers, so the ones a broken file usually gives are recognised and said again in the io bundle's words;
 * any other is wrapped whole in a translated sentence, its detail left as Jackson wrote it.
 */
final class LocatedJsonReader {
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 100;
    /** More than ten times the values of a 2,000-touchpoint map; bounds the memory a hostile file can take. */
    static final int MAX_VALUES = 1_000_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxDocumentLength(MapFiles.MAX_BYTES)
                    .build())
            // Decimals are most of a large map's values; this parser gives the same correctly rounded
            // doubles as Double.parseDouble (the round-trip and number tests hold it to that), faster.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']{0,40})");

    /** A parsed file: its top-level object and where each path starts. */
    record Parsed(ObjectNode root, SourceLocations locations) {
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final String file;
    private JsonParser parser;
    private int values;

    private LocatedJsonReader(String file) {
        this.file = file;
    }

    static Parsed read(String text, String file) throws MapFileException {
        if (text.isBlank()) {
            throw new MapFileException(new Problem(file, 0, 0, "", Text.of("io.json.empty")));
        }
        return new LocatedJsonReader(file).parse(text);
    }

    private Parsed parse(String text) throws MapFileException {
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            p.nextToken();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw located(p.currentTokenLocation(), Text.of("io.json.notObject"));
            }
            ObjectNode root = readObject();
            if (p.nextToken() != null) {
                throw located(p.currentTokenLocation(), Text.of("io.json.trailing"));
            }
            return new Parsed(root, new SourceLocations(text));
        } catch (StreamConstraintsException e) {
            // Jackson reports where its buffer was; the start of the offending token is what a user can find.
            throw located(parser.currentTokenLocation(), limitMessage(e.getOriginalMessage()));
        } catch (JsonEOFException e) {
            throw located(where(e), Text.of("io.json.truncated"));
        } catch (JsonProcessingException e) {
            throw located(where(e), syntaxMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new MapFileException(new Problem(file, 0, 0, "", Text.of("io.file.unreadable", e.getMessage())));
        }
    }

    private ObjectNode readObject() throws IOException, MapFileException {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            if (object.has(name)) {
                throw located(keyAt, Text.of("io.json.duplicateKey", name));
            }
            parser.nextToken();
            object.set(name, readValue());
        }
        return object;
    }

    private ArrayNode readArray() throws IOException, MapFileException {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue());
        }
        return array;
    }

    private JsonNode readValue() throws IOException, MapFileException {
        JsonToken token = parser.currentToken();
        if (++values > MAX_VALUES) {
            throw located(parser.currentTokenLocation(), Text.of("io.json.tooManyValues", MAX_VALUES));
        }
        return switch (token) {
            case START_OBJECT -> readObject();
            case START_ARRAY -> readArray();
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> floatValue();
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw located(parser.currentTokenLocation(), Text.of("io.json.unexpectedToken", token.name()));
        };
    }

    private JsonNode floatValue() throws IOException, MapFileException {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw located(parser.currentTokenLocation(), Text.of("io.json.numberTooLarge", parser.getText()));
        }
        return nodes.numberNode(value);
    }

    private JsonLocation where(JsonProcessingException e) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return e.getLocation();
        }
        return parser == null ? null : parser.currentLocation();
    }

    private MapFileException located(JsonLocation at, Text message) {
        if (at == null || at.getLineNr() <= 0) {
            return new MapFileException(new Problem(file, 0, 0, "", message));
        }
        return new MapFileException(new Problem(file, at.getLineNr(), at.getColumnNr(), "", message));
    }

    private static Text limitMessage(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.contains("nesting depth")) {
            return Text.of("io.json.tooDeep", MAX_DEPTH);
        }
        if (m.startsWith("String value length") || m.startsWith("Name length")) {
            return Text.of("io.json.textTooLong", MAX_STRING);
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return Text.of("io.json.numberTooLong", MAX_NUMBER);
        }
        if (m.startsWith("Document length")) {
            return Text.of("io.json.documentTooLarge", MapFiles.MAX_BYTES >> 20);
        }
        return Text.of("io.json.limit", firstLine(m));
    }

    private static Text syntaxMessage(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher nonStandard = NON_STANDARD.matcher(m);
        if (nonStandard.find()) {
            return Text.of("io.json.nonFinite", nonStandard.group(1));
        }
        if (m.contains("Unexpected end-of-input")) {
            return Text.of("io.json.truncated");
        }
        if (m.contains("Illegal unquoted character")) {
            return Text.of("io.json.controlChar");
        }
        Matcher unexpected = UNEXPECTED.matcher(m);
        if (unexpected.find() && unexpected.group(1).equals("/")) {
            return Text.of("io.json.comment");
        }
        if (unexpected.find(0)) {
            String hint = hint(m);
            return hint == null ? Text.of("io.json.unexpectedChar", unexpected.group(1))
                    : Text.of("io.json.unexpectedCharHint", unexpected.group(1), Text.of(hint));
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(m);
        if (unrecognized.find()) {
            return Text.of("io.json.unquotedWord", unrecognized.group(1));
        }
        return Text.of("io.json.invalid", firstLine(m));
    }

    /** The key of what Jackson says it expected, said as a fix; null when it says nothing a user can act on. */
    private static String hint(String m) {
        if (m.contains("was expecting comma")) {
            return "io.json.hint.comma";
        }
        if (m.contains("was expecting double-quote")) {
            return "io.json.hint.quote";
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            return "io.json.hint.value";
        }
        if (m.contains("was expecting a colon")) {
            return "io.json.hint.colon";
        }
        return null;
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
