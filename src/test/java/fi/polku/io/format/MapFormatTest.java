package fi.polku.io.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The one description of the file format agrees with the published schema, and finds its fields by name. */
class MapFormatTest {
    /** Every record of the format, found from the map down, by the schema's name for it. */
    private static Map<String, RecordFormat<?>> records() {
        Map<String, RecordFormat<?>> out = new LinkedHashMap<>();
        List<RecordFormat<?>> todo = new ArrayList<>(List.of(MapFormat.MAP));
        while (!todo.isEmpty()) {
            RecordFormat<?> r = todo.removeFirst();
            out.put(r.what().substring("io.item.".length()), r);
            for (Field<?, ?> f : r.fields()) {
                if (f.item() != null && !out.containsValue(f.item())) {
                    todo.add(f.item());
                }
            }
        }
        return out;
    }

    @Test
    void schemaHasTheFieldsOfEachRecordInTheWrittenOrderAndTheSameRequiredOnes() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("assets/schema/polku-map.schema.json").toFile());
        Map<String, RecordFormat<?>> records = records();
        assertThat(records.keySet()).contains("map", "touchpoint", "measurement", "estimate");
        records.forEach((name, format) -> {
            JsonNode def = name.equals("map") ? schema : schema.path("$defs").path(name);
            List<String> properties = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(name).containsExactlyElementsOf(
                    format.fields().stream().map(Field::name).toList());
            Set<String> required = new TreeSet<>();
            def.path("required").forEach(r -> required.add(r.textValue()));
            assertThat(required).as(name + " required").isEqualTo(new TreeSet<>(
                    format.fields().stream().filter(Field::isRequired).map(Field::name).toList()));
        });
    }

    @Test
    void lookupFindsEachFieldByNameAndNothingElse() {
        Set<String> allNames = new TreeSet<>();
        records().values().forEach(r -> allNames.addAll(r.names()));
        for (RecordFormat<?> r : records().values()) {
            for (Field<?, ?> f : r.fields()) {
                assertThat((Object) r.field(new String(f.name().toCharArray()))).isSameAs(f); // not the interned one
            }
            for (String other : allNames) {
                if (!r.names().contains(other)) {
                    assertThat((Object) r.field(other)).as(other).isNull();
                }
                assertThat((Object) r.field(other + "x")).isNull();
                assertThat((Object) r.field(other.toUpperCase())).isNull();
            }
            assertThat((Object) r.field("")).isNull();
        }
    }
}
