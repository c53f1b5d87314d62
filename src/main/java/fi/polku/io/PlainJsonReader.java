package fi.polku.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The quick way to parse a map file: straight from its UTF-8 bytes into the same JSON tree that
 * {@link LocatedJsonReader} builds, without positions or messages. It gives up (null) on anything that
 * reader would refuse (syntax, duplicate keys, limits, non-finite numbers), so that the caller reads the
 * file again with {@link LocatedJsonReader} to report the problem where it is.
 */
final class PlainJsonReader {
    /** Thrown to leave the recursion at once; it carries no stack trace, so giving up costs nothing. */
    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final JsonParser parser;
    private int values;

    private PlainJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The top-level object of {@code bytes} from {@code start} on, or null when {@link LocatedJsonReader}
     * would refuse the text; the bytes must have passed {@link MapFileText#cleanStart}.
     */
    static ObjectNode read(byte[] bytes, int start) {
        try (JsonParser p = LocatedJsonReader.FACTORY.createParser(bytes, start, bytes.length - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode root = new PlainJsonReader(p).readObject();
            return p.nextToken() == null ? root : null;
        } catch (GiveUp | IOException e) {
            // Syntax errors and broken limits (StreamConstraintsException is an IOException) included.
            return null;
        }
    }

    private ObjectNode readObject() throws IOException, GiveUp {
        ObjectNode object = nodes.objectNode();
        // nextFieldName is the parser's quick path for keys; inside an object it is null only at the end.
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            if (object.replace(name, readValue()) != null) {
                throw GIVE_UP;
            }
        }
        return object;
    }

    private ArrayNode readArray() throws IOException, GiveUp {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue());
        }
        return array;
    }

    /** Builds the same node types as {@link LocatedJsonReader}, so that decoding sees no difference. */
    private JsonNode readValue() throws IOException, GiveUp {
        if (++values > LocatedJsonReader.MAX_VALUES) {
            throw GIVE_UP;
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject();
            case START_ARRAY -> readArray();
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw GIVE_UP;
                }
                yield nodes.numberNode(value);
            }
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw GIVE_UP;
        };
    }
}
