package fi.polku.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled samples conform to the published JSON Schema, and the schema refuses broken files. */
class SampleSchemaTest {
    private static final Path SCHEMA = Path.of("assets/schema/polku-map.schema.json");
    private static final Path SAMPLES = Path.of("assets/samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = factory.getSchema(in, config);
        }
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".polku.json")).sorted().toList().stream();
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @Test
    void atLeastThreeSamplesAreBundled() throws IOException {
        assertThat(samples().map(p -> p.getFileName().toString()))
                .contains("car-dealership.polku.json", "store-bus.polku.json", "billing-complaint.polku.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleConformsToTheSchema(Path sample) throws IOException {
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(sample.toFile()));
        assertThat(problems).as("schema problems in %s", sample).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsCanonicalText(Path sample) throws IOException {
        String text = Files.readString(sample);
        assertThat(text).doesNotContain("\r", "\t", "\uFEFF").endsWith("}\n").doesNotEndWith("\n\n");
        // Two-space indentation, one value per line, ": " between key and value, as git diffs expect.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonNode tree = JSON.readTree(text);
        assertThat(JSON.writer(printer).writeValueAsString(tree) + "\n").isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleKeepsTheDocumentedKeyOrder(Path sample) throws IOException {
        JsonNode map = JSON.readTree(sample.toFile());
        assertKeyOrder(map, "$", List.of("schemaVersion", "id", "title", "description", "language", "scenario",
                "created", "modified", "personas", "feelings", "stages", "lanes", "touchpoints", "connections",
                "metrics", "opportunities", "surveyMappings", "voting", "presentation", "brand"));
        eachOf(map, "personas", List.of("id", "name", "description", "colour"));
        eachOf(map, "feelings", List.of("id", "name", "emotion"));
        eachOf(map, "stages", List.of("id", "name"));
        eachOf(map, "lanes", List.of("id", "name", "kind", "channel"));
        eachOf(map, "touchpoints", List.of("id", "title", "description", "stage", "lane", "importance",
                "emotion", "feeling", "intendedFeeling", "owner", "tags", "personas", "notes", "evidence", "measurements",
                "targets"));
        eachOf(map, "connections", List.of("id", "from", "to", "label"));
        eachOf(map, "metrics", List.of("id", "name", "unit", "min", "max", "direction", "kind"));
        eachOf(map, "opportunities", List.of("id", "text", "touchpoints", "estimate"));
        for (JsonNode touchpoint : map.path("touchpoints")) {
            eachOf(touchpoint, "measurements", List.of("metric", "value", "n", "ciLow", "ciHigh", "dateFrom",
                    "date", "source", "evidence", "round"));
            List<String> targets = fieldNames(touchpoint.path("targets"));
            assertThat(targets).as("targets of %s", touchpoint.get("id")).isSorted();
        }
        for (JsonNode opportunity : map.path("opportunities")) {
            if (opportunity.has("estimate")) {
                assertKeyOrder(opportunity.get("estimate"), "estimate", List.of("customersPerOccurrence",
                        "shareConverting", "valuePerCustomer", "occurrencesPerDay", "daysPerYear", "currency"));
            }
        }
    }

    private static void eachOf(JsonNode parent, String array, List<String> order) {
        for (JsonNode item : parent.path(array)) {
            assertKeyOrder(item, array + " " + item.path("id").asText(item.path("metric").asText()), order);
        }
    }

    private static void assertKeyOrder(JsonNode node, String where, List<String> order) {
        List<String> keys = fieldNames(node);
        assertThat(order).as("keys known at %s", where).containsAll(keys);
        assertThat(keys).as("key order at %s", where).isSortedAccordingTo(
                Comparator.comparingInt(order::indexOf));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("importance above 5", "/touchpoints/0/importance",
                        m -> touchpoint(m, 0).put("importance", 7)),
                broken("emotion below -3", "/touchpoints/1/emotion",
                        m -> touchpoint(m, 1).put("emotion", -4)),
                broken("unknown field on a touchpoint", "/touchpoints/2",
                        m -> touchpoint(m, 2).put("colour", "red")),
                broken("newer schema version", "/schemaVersion",
                        m -> m.put("schemaVersion", 6)),
                broken("unknown lane kind", "/lanes/0/kind",
                        m -> ((ObjectNode) m.withArray("/lanes").get(0)).put("kind", "swimlane")),
                broken("channel on an emotion lane", "/lanes",
                        m -> m.withArray("/lanes").addObject().put("id", "lx").put("kind", "emotion")
                                .put("channel", "web")),
                broken("NPS outside -100..100", "/touchpoints/0/measurements/0/value",
                        m -> touchpoint(m, 0).withArray("/measurements").insertObject(0)
                                .put("metric", "nps").put("value", 150)),
                broken("touchpoint without a stage", "/touchpoints/3",
                        m -> touchpoint(m, 3).remove("stage")),
                broken("evidence not in the enumeration", "/touchpoints/0/evidence",
                        m -> touchpoint(m, 0).put("evidence", "rumoured")),
                broken("date that is not ISO-8601", "/touchpoints/0/measurements/0/date",
                        m -> touchpoint(m, 0).withArray("/measurements").insertObject(0)
                                .put("metric", "csat").put("value", 50).put("date", "30.10.2026")),
                broken("custom metric reusing a built-in id", "/metrics/0/id",
                        m -> ((ObjectNode) m.withArray("/metrics").get(0)).put("id", "nps")),
                broken("share converting above 1", "/opportunities/0/estimate/shareConverting",
                        m -> ((ObjectNode) m.withArray("/opportunities").get(0).get("estimate"))
                                .put("shareConverting", 12.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void theSchemaRefusesABrokenMapAtTheRightPlace(String what, String pointer, Consumer<ObjectNode> breakIt)
            throws IOException {
        ObjectNode map = (ObjectNode) JSON.readTree(SAMPLES.resolve("store-bus.polku.json").toFile());
        assertThat(schema.validate(map)).as("the unbroken sample").isEmpty();
        breakIt.accept(map);
        List<String> where = schema.validate(map).stream()
                .map(m -> m.getInstanceLocation().toString())
                .toList();
        assertThat(where).as(what).isNotEmpty();
        // Instance locations are JSON pointers, so a user can be told where the problem is.
        assertThat(where).as(what).anyMatch(p -> p.startsWith(pointer));
    }

    private static Arguments broken(String what, String pointer, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, pointer, breakIt);
    }

    private static ObjectNode touchpoint(ObjectNode map, int index) {
        ArrayNode touchpoints = map.withArray("/touchpoints");
        return (ObjectNode) touchpoints.get(index);
    }
}
