package fi.polku.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema (shipped in the jar) accepts what Polku writes and refuses what it refuses to read. */
class SchemaConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/assets/schema/polku-map.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everythingPolkuWritesConformsToTheSchema() {
        Seeded.check(100, ValidMaps.edgeCases(), ValidMaps::map,
                map -> assertThat(errors(MapCodec.write(map))).isEmpty());
    }

    @Test
    void sampleConformsAndBrokenFilesDoNot() throws IOException {
        assertThat(errors(resource("/maps/store-bus.polku.json"))).isEmpty();
        for (String broken : new String[] {"unknown-field.polku.json", "wrong-types.polku.json",
                "out-of-range.polku.json", "newer-version.polku.json", "missing-required.polku.json",
                "bad-enum.polku.json", "v1-names-in-v2.polku.json"}) {
            assertThat(errors(resource("/broken/" + broken))).as(broken).isNotEmpty();
        }
    }

    @Test
    void aVersion3FileStillConformsButNotWithVotesWhichCameInVersion4() throws IOException {
        byte[] v3 = resource("/maps/store-bus-v3.polku.json");
        assertThat(errors(v3)).isEmpty();
        String withVotes = new String(v3, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\n}\n$",
                ",\n  \"voting\": { \"voters\": [ \"1\" ] }\n}\n");
        assertThat(errors(withVotes.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(errors(withVotes.replace("\"schemaVersion\": 3", "\"schemaVersion\": 4")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aVersion3FileMayNotHaveSurveyMappingsWhichCameInVersion4() throws IOException {
        String v3 = new String(resource("/maps/store-bus-v3.polku.json"), java.nio.charset.StandardCharsets.UTF_8);
        String mapped = v3.replaceFirst("\n}\n$", ",\n  \"surveyMappings\": [ { \"headerKey\": \"ab\", \"questions\": "
                + "[ { \"column\": \"Q1\", \"touchpoint\": \"t1\", \"metric\": \"nps\" } ], "
                + "\"labels\": [ { \"label\": \"Ehkä\", \"value\": 5 } ] } ]\n}\n");
        assertThat(errors(mapped.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(errors(mapped.replace("\"schemaVersion\": 3", "\"schemaVersion\": 4")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void version5FieldsConformButAVersion4FileMayNotHaveTheMapsFeelingsOrSlideChoice() throws Exception {
        byte[] v5 = fi.polku.io.MapCodec.write(PersonasAndFeelingsFileTest.withPersonasAndFeelings());
        assertThat(errors(v5)).isEmpty();
        String asV4 = new String(v5, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 5", "\"schemaVersion\": 4");
        assertThat(errors(asV4.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(errors(resource("/maps/store-bus-v4.polku.json"))).isEmpty();
    }

    @Test
    void aYesNoMetricIsAPercentage() throws IOException {
        String metric = "{ \"schemaVersion\": 4, \"id\": \"m\", \"stages\": [], \"lanes\": [], \"touchpoints\": [], "
                + "\"metrics\": [ { \"id\": \"ok\", \"min\": 0, \"max\": %s, \"direction\": \"higher_is_better\", "
                + "\"kind\": \"yes_no\" } ] }";
        assertThat(errors(metric.formatted("100").getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(errors(metric.formatted("1").getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
    }

    private static Set<ValidationMessage> errors(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        return SCHEMA.validate(node);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
