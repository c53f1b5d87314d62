package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapPath;
import fi.polku.model.MapRepair;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.MetricKind;
import fi.polku.model.QuestionLink;
import fi.polku.model.Stage;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema version 4: survey mappings saved in the map, a measurement's round and a yes/no custom metric are
 * read by both readers, written canonically and checked.
 */
class SurveyMappingFileTest {
    static JourneyMap mapped() {
        Map<String, Double> labels = new LinkedHashMap<>();
        labels.put("Ehdottomasti", 10.0);
        labels.put("Aivan varmasti", 9.0);
        labels.put("Ehkä", 5.0);
        Measurement visit = new Measurement("approached", 75, 8, 40.9, 92.9, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), "mystery shopping", EvidenceLevel.OBSERVED, "Haamuasiointi syksy 2026");
        return JourneyMap.empty("m", "Autokauppa")
                .withStages(List.of(new Stage("s1", "Käynti")))
                .withLanes(List.of(new Lane("l1", "Myymälä", LaneKind.CHANNEL, null)))
                .withMetrics(List.of(MetricDefinition.yesNo("approached", "Tervehditty 5 min sisällä",
                        Direction.HIGHER_IS_BETTER)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Vastaanotto", "s1", "l1")
                        .withMeasurements(List.of(visit))))
                .withSurveyMappings(List.of(new SurveyMapping("ab12", "syksy.csv",
                        List.of(new QuestionLink("Kuinka todennäköisesti suosittelisit?", "t1", "nps"),
                                new QuestionLink("Tervehdittiinkö?", "t1", "approached")),
                        labels)));
    }

    @Test
    void mappingsRoundsAndTheYesNoKindAreWrittenAsDocumentedAndReadBackEqualByBothReaders() throws Exception {
        JourneyMap map = mapped();
        String written = new String(MapCodec.write(map), StandardCharsets.UTF_8);
        assertThat(written).contains("""
                      "direction": "higher_is_better",
                      "kind": "yes_no"
                """).contains("""
                          "evidence": "observed",
                          "round": "Haamuasiointi syksy 2026"
                """).endsWith("""
                  "surveyMappings": [
                    {
                      "headerKey": "ab12",
                      "name": "syksy.csv",
                      "questions": [
                        {
                          "column": "Kuinka todennäköisesti suosittelisit?",
                          "touchpoint": "t1",
                          "metric": "nps"
                        },
                        {
                          "column": "Tervehdittiinkö?",
                          "touchpoint": "t1",
                          "metric": "approached"
                        }
                      ],
                      "labels": [
                        {
                          "label": "Ehdottomasti",
                          "value": 10
                        },
                        {
                          "label": "Aivan varmasti",
                          "value": 9
                        },
                        {
                          "label": "Ehkä",
                          "value": 5
                        }
                      ]
                    }
                  ]
                }
                """);
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        JourneyMap read = MapCodec.read(bytes, "m.polku.json");
        assertThat(read).isEqualTo(map);
        assertThat(List.copyOf(read.surveyMappings().getFirst().labels().keySet())).as("the user's order")
                .containsExactly("Ehdottomasti", "Aivan varmasti", "Ehkä");
        assertThat(read.metric("approached").orElseThrow().kind()).isEqualTo(MetricKind.YES_NO);
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).as("the quick path").isEqualTo(map);
        assertThat(treeDecoded(bytes)).as("the thorough path").isEqualTo(map);
        assertThat(MapCodec.write(read)).as("canonical, stable").isEqualTo(bytes);
    }

    @Test
    void nothingNewIsWrittenForAMapWithoutMappingsRoundsOrYesNoMetrics() throws Exception {
        JourneyMap plain = JourneyMap.empty("m", "x")
                .withMetrics(List.of(MetricDefinition.custom("wait", "Jono", "min", 0, 60, Direction.LOWER_IS_BETTER)));
        String written = new String(MapCodec.write(plain), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("surveyMappings").doesNotContain("\"kind\": \"")
                .doesNotContain("round");
        assertThat(MapCodec.read(written.getBytes(StandardCharsets.UTF_8), "p.polku.json")).isEqualTo(plain);
    }

    @Test
    void aVersion3FileStillOpensWithNoMappingsRoundsOrYesNoMetrics() throws Exception {
        byte[] v3;
        try (InputStream in = getClass().getResourceAsStream("/maps/store-bus-v3.polku.json")) {
            v3 = in.readAllBytes();
        }
        JourneyMap map = MapCodec.read(v3, "old.polku.json");
        assertThat(map.surveyMappings()).isEmpty();
        assertThat(map.touchpoints()).allSatisfy(t -> assertThat(t.measurements())
                .allSatisfy(m -> assertThat(m.round()).isEmpty()));
        assertThat(map.metrics()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MetricKind.SCALE));
        assertThat(StreamingMapDecoder.read(v3, MapFileText.cleanStart(v3))).isEqualTo(map);
    }

    @Test
    void aMappingOnAMissingCardAnUnknownMetricOrARepeatedHeaderIsALocatedProblemThatRepairMends() {
        String text = """
                {
                  "schemaVersion": 4,
                  "id": "m",
                  "stages": [ { "id": "s1" } ],
                  "lanes": [ { "id": "l1", "kind": "text" } ],
                  "touchpoints": [ { "id": "t1", "title": "Kassa", "stage": "s1", "lane": "l1" } ],
                  "metrics": [ { "id": "ok", "min": 0, "max": 50, "direction": "higher_is_better", "kind": "yes_no" } ],
                  "surveyMappings": [
                    { "headerKey": "k1", "name": "syksy.csv", "questions": [
                      { "column": "Q1", "touchpoint": "t9", "metric": "nps" },
                      { "column": "Q2", "touchpoint": "t1", "metric": "speed" },
                      { "column": "Q3", "touchpoint": "t1", "metric": "csat" } ] },
                    { "headerKey": "k1", "name": "kevät.csv" }
                  ]
                }
                """;
        MapFileException e = refused(text);
        assertThat(e.problems().stream().map(p -> p.in(Locale.ENGLISH)).toList()).containsExactly(
                "s.polku.json:7:40: metric \"ok\" is a yes/no metric, whose value is a percentage: its scale must be 0–100",
                "s.polku.json:10:25: survey mapping \"syksy.csv\" question \"Q1\" refers to touchpoint \"t9\", which does not exist",
                "s.polku.json:11:45: survey mapping \"syksy.csv\" question \"Q2\" is mapped to metric \"speed\", which is not defined",
                "s.polku.json:13:7: survey mapping \"kevät.csv\" is for the same survey header as survey mapping \"syksy.csv\"; a header has one mapping");
        assertThat(e.problems().stream().map(p -> p.in(Localization.FINNISH)).toList()).contains(
                "s.polku.json:11:45: kyselyn vastaavuus ”syksy.csv”, kysymys ”Q2” on liitetty mittariin ”speed”, jota ei ole määritelty");
        JourneyMap mended = e.repaired().orElseThrow();
        assertThat(mended.surveyMappings()).containsExactly(new SurveyMapping("k1", "syksy.csv",
                List.of(new QuestionLink("Q3", "t1", "csat")), Map.of()));
        assertThat(mended.metric("ok").orElseThrow().max()).isEqualTo(100);
        assertThat(MapRepair.repair(mended).problems()).isEmpty();
    }

    @Test
    void aMissingRequiredFieldInAQuestionIsLocated() {
        MapFileException e = refused("""
                {
                  "schemaVersion": 4,
                  "id": "m",
                  "surveyMappings": [ { "headerKey": "k", "questions": [ { "column": "Q1", "touchpoint": "t1" } ] } ]
                }
                """);
        assertThat(e.problems().stream().map(p -> p.in(Locale.ENGLISH)).toList()).hasSize(1)
                .allSatisfy(p -> assertThat(p).startsWith("s.polku.json:4:").contains("\"metric\""));
    }

    private static MapFileException refused(String text) {
        try {
            MapCodec.read(text.getBytes(StandardCharsets.UTF_8), "s.polku.json");
        } catch (MapFileException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused");
    }

    /** The map of the thorough path (located reader, tree decoder). */
    private static JourneyMap treeDecoded(byte[] bytes) throws MapFileException {
        LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f");
        ObjectNode root = parsed.root();
        assertThat(Migrations.readsAsCurrent(root.get("schemaVersion").intValue())).isTrue();
        return MapTreeDecoder.decode(root, MapPath.ROOT, new DecodeProblems("f", parsed.locations()));
    }
}
