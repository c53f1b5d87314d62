package fi.polku.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a map file the ways real files break: a key deleted, a value of the wrong type, an entry
 * duplicated, the file cut short, random bytes written over it, or several of these at once.
 */
final class MapFileMutator {
    /** One mutated file and what was done to it (to replay a failure). */
    record Mutant(byte[] bytes, String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Random random;

    MapFileMutator(Random random) {
        this.random = random;
    }

    Mutant mutate(byte[] original) throws IOException {
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> treeEdits(original, 1);
            case 3 -> treeEdits(original, 2 + random.nextInt(4));
            case 4 -> truncate(original);
            default -> randomBytes(original);
        };
    }

    private Mutant treeEdits(byte[] original, int edits) throws IOException {
        JsonNode root = JSON.readTree(original);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            List<ContainerNode<?>> containers = new ArrayList<>();
            collect(root, containers);
            ContainerNode<?> target = containers.get(random.nextInt(containers.size()));
            done.add(edit(target));
        }
        return new Mutant(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), String.join("; ", done));
    }

    private String edit(ContainerNode<?> target) {
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                object.remove(name);
                return "deleted key " + name;
            }
            JsonNode replacement = otherType(object.get(name));
            object.set(name, replacement);
            return "key " + name + " set to " + replacement.getNodeType();
        }
        if (target instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    array.insert(index, array.get(index).deepCopy());
                    return "duplicated array entry " + index;
                }
                case 1 -> {
                    array.remove(index);
                    return "removed array entry " + index;
                }
                default -> {
                    JsonNode replacement = otherType(array.get(index));
                    array.set(index, replacement);
                    return "array entry " + index + " set to " + replacement.getNodeType();
                }
            }
        }
        return "no edit (empty container)";
    }

    /** A value of a different JSON type than {@code old}; sometimes extreme. */
    private JsonNode otherType(JsonNode old) {
        JsonNode candidate;
        do {
            candidate = switch (random.nextInt(9)) {
                case 0 -> NODES.textNode(random.nextBoolean() ? "" : "x".repeat(1 + random.nextInt(300)));
                case 1 -> NODES.numberNode(random.nextInt(201) - 100);
                case 2 -> NODES.numberNode(random.nextBoolean() ? 1e308 : -0.5);
                case 3 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
                case 4 -> NODES.booleanNode(random.nextBoolean());
                case 5 -> NODES.nullNode();
                case 6 -> NODES.arrayNode().add(1).add("a");
                case 7 -> NODES.objectNode().put("id", "x");
                default -> NODES.textNode("2026-13-45");
            };
        } while (candidate.getNodeType() == old.getNodeType() && random.nextInt(4) != 0);
        return candidate;
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> c) {
            into.add(c);
            node.forEach(child -> collect(child, into));
        }
    }

    private Mutant truncate(byte[] original) {
        int length = random.nextInt(original.length);
        return new Mutant(Arrays.copyOf(original, length), "truncated to " + length + " of " + original.length + " bytes");
    }

    private Mutant randomBytes(byte[] original) {
        byte[] bytes = original.clone();
        int count = 1 + random.nextInt(16);
        for (int i = 0; i < count; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return new Mutant(bytes, count + " random bytes written over the file");
    }
}
