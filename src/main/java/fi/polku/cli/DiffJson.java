package fi.polku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.model.diff.FieldChange;
import fi.polku.model.diff.ItemChange;
import fi.polku.model.diff.MapDiff;
import fi.polku.model.diff.MergeConflict;
import fi.polku.model.diff.Place;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code polku diff --json} and the conflicts of {@code polku merge}: keys and values that never change with the
 * language. A field's values are written as the model holds them: texts, numbers, lists, enum names in lower
 * case as in the file, dates in ISO form, records as objects of their fields.
 */
final class DiffJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {
    }

    static String of(MapDiff diff, String beforeName, String afterName) {
        ObjectNode root = NODES.objectNode();
        root.put("from", beforeName);
        root.put("to", afterName);
        ObjectNode summary = root.putObject("summary");
        for (ItemChange.Status status : ItemChange.Status.values()) {
            summary.put(status.key(), diff.count(status));
        }
        ArrayNode changes = root.putArray("changes");
        for (ItemChange c : diff.changes()) {
            ObjectNode o = changes.addObject();
            o.put("kind", c.kind().key());
            o.put("id", c.id());
            o.put("title", c.title());
            o.put("status", c.status().key());
            o.put("moved", c.moved());
            if (c.before() != null) {
                o.set("before", place(c.before()));
            }
            if (c.after() != null) {
                o.set("after", place(c.after()));
            }
            ArrayNode fields = o.putArray("fields");
            for (FieldChange f : c.fields()) {
                fields.addObject().put("field", f.field()).<ObjectNode>set("before", value(f.before()))
                        .set("after", value(f.after()));
            }
        }
        return write(root);
    }

    static String conflicts(List<MergeConflict> conflicts) {
        ArrayNode out = NODES.arrayNode();
        for (MergeConflict c : conflicts) {
            out.addObject().put("kind", c.kind().key()).put("id", c.id()).put("title", c.title())
                    .put("type", c.type().key()).put("field", c.field()).<ObjectNode>set("base", value(c.base()))
                    .<ObjectNode>set("ours", value(c.ours())).set("theirs", value(c.theirs()));
        }
        return write(out);
    }

    private static ObjectNode place(Place p) {
        ObjectNode o = NODES.objectNode();
        if (p.stageId() != null) {
            o.put("stage", p.stageId());
            o.put("lane", p.laneId());
        }
        o.put("index", p.index());
        return o;
    }

    /** Any model value as JSON, walking lists, maps and records. */
    static JsonNode value(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Number n -> NODES.numberNode(n.doubleValue());
            case Boolean b -> NODES.booleanNode(b);
            case Enum<?> e -> NODES.textNode(e.name().toLowerCase(Locale.ROOT));
            case TemporalAccessor t -> NODES.textNode(t.toString());
            case Collection<?> list -> {
                ArrayNode a = NODES.arrayNode();
                list.forEach(element -> a.add(value(element)));
                yield a;
            }
            case Map<?, ?> map -> {
                ObjectNode o = NODES.objectNode();
                map.forEach((k, v) -> o.set(String.valueOf(k), value(v)));
                yield o;
            }
            case Record record -> {
                ObjectNode o = NODES.objectNode();
                for (RecordComponent c : record.getClass().getRecordComponents()) {
                    o.set(c.getName(), value(read(record, c)));
                }
                yield o;
            }
            case byte[] bytes -> NODES.binaryNode(bytes);
            default -> NODES.textNode(value.toString());
        };
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Model records and their accessors are public: " + c, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain nodes always writes", e);
        }
    }
}
