package fi.polku.io.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fi.polku.io.MapCodec;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapValidator;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in templates under {@code assets/templates}: every one in both languages, valid against the
 * schema, in canonical form (as {@code polku fmt} writes it), with the same structure in both languages,
 * emotion, pain point and opportunity lanes, cards with hints, and nothing measured.
 */
class BuiltInTemplatesTest {
    private static final List<String> LANGUAGES = List.of("en", "fi");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFolderHoldsExactlyTheListedTemplatesInBothLanguages() throws IOException, URISyntaxException {
        Path folder = Path.of(BuiltInTemplatesTest.class.getResource("/assets/templates/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(
                    TemplateLibrary.BUILT_IN.stream().flatMap(id -> LANGUAGES.stream()
                            .map(lang -> id + "." + lang + TemplateLibrary.EXTENSION)).toList());
        }
    }

    @Test
    void everyTemplateReadsWithoutProblemsConformsToTheSchemaAndIsCanonical() throws Exception {
        JsonSchema schema;
        try (InputStream in = BuiltInTemplatesTest.class.getResourceAsStream("/assets/schema/polku-map.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (String id : TemplateLibrary.BUILT_IN) {
            for (String language : LANGUAGES) {
                String name = id + "." + language + TemplateLibrary.EXTENSION;
                byte[] bytes = bytes(name);
                JsonNode tree = JSON.readTree(bytes);
                assertThat(schema.validate(tree)).as(name).isEmpty();
                JourneyMap map = MapCodec.read(bytes, name);
                assertThat(MapValidator.validate(map)).as(name).isEmpty();
                assertThat(new String(MapCodec.write(map), java.nio.charset.StandardCharsets.UTF_8)).as(name)
                        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(map.language()).as(name).isEqualTo(language);
                assertThat(map.id()).as(name).isEqualTo("template-" + id);
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameStagesLanesAndCards() throws Exception {
        for (String id : TemplateLibrary.BUILT_IN) {
            JourneyMap en = read(id, "en");
            JourneyMap fi = read(id, "fi");
            assertThat(fi.stages()).as(id).hasSameSizeAs(en.stages());
            assertThat(fi.lanes().stream().map(l -> l.id() + l.kind() + l.channel()).toList()).as(id)
                    .isEqualTo(en.lanes().stream().map(l -> l.id() + l.kind() + l.channel()).toList());
            assertThat(fi.touchpoints().stream().map(t -> t.stageId() + "/" + t.laneId() + "/" + t.owner().isEmpty())
                    .toList()).as(id).isEqualTo(en.touchpoints().stream()
                    .map(t -> t.stageId() + "/" + t.laneId() + "/" + t.owner().isEmpty()).toList());
            assertThat(fi.personas()).as(id).hasSameSizeAs(en.personas());
            assertThat(fi.title()).as(id).isNotEqualTo(en.title());
        }
    }

    @Test
    void everyTemplateHasChannelsEmotionPainPointsOpportunitiesAndHintedCardsButNoMeasurements() throws Exception {
        for (String id : TemplateLibrary.BUILT_IN) {
            for (String language : LANGUAGES) {
                JourneyMap map = read(id, language);
                String name = id + "." + language;
                List<LaneKind> kinds = map.lanes().stream().map(Lane::kind).toList();
                assertThat(kinds).as(name).contains(LaneKind.CHANNEL, LaneKind.EMOTION, LaneKind.PAIN_POINTS,
                        LaneKind.OPPORTUNITIES);
                assertThat(map.lanes()).as(name).filteredOn(l -> l.kind() == LaneKind.CHANNEL)
                        .allMatch(l -> l.channel() != null).hasSizeGreaterThanOrEqualTo(3);
                assertThat(map.stages()).as(name).hasSizeBetween(4, 6);
                assertThat(map.touchpoints()).as(name).hasSizeBetween(4, 10);
                assertThat(map.touchpoints()).as(name).allMatch(t -> !t.title().isBlank() && !t.description().isBlank());
                assertThat(map.touchpoints()).as(name).allMatch(BuiltInTemplatesTest::unmeasured);
                // One card in a pain point lane and one in an opportunity lane say what goes there.
                assertThat(map.touchpoints()).as(name).anyMatch(t -> kind(map, t) == LaneKind.PAIN_POINTS);
                assertThat(map.touchpoints()).as(name).anyMatch(t -> kind(map, t) == LaneKind.OPPORTUNITIES);
                assertThat(map.opportunities()).as(name).allMatch(o -> o.estimate() == null);
                assertThat(map.created()).as(name).isNull();
                assertThat(map.title()).as(name).isNotBlank();
                assertThat(map.description()).as(name).isNotBlank().doesNotContain("\n").hasSizeLessThan(100);
                assertThat(map.scenario()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void theLibraryGivesTheTemplatesInTheUiLanguageAndEnglishForOthers() {
        List<Template> finnish = TemplateLibrary.builtIn(Localization.FINNISH);
        assertThat(finnish).extracting(Template::id).containsExactlyElementsOf(TemplateLibrary.BUILT_IN);
        assertThat(finnish).allMatch(t -> t.map().language().equals("fi") && t.builtIn());
        assertThat(finnish.getFirst().name()).isEqualTo("Ostos myymälässä");
        assertThat(TemplateLibrary.builtIn(Locale.GERMAN)).allMatch(t -> t.map().language().equals("en"));
        assertThat(TemplateLibrary.builtIn(Locale.ENGLISH).get(1).name()).isEqualTo("Car dealership visit");
    }

    private static boolean unmeasured(Touchpoint t) {
        return t.measurements().isEmpty() && t.targets().isEmpty() && t.importance() == null && t.emotion() == null
                && t.evidence() == null;
    }

    private static LaneKind kind(JourneyMap map, Touchpoint t) {
        return map.lane(t.laneId()).orElseThrow().kind();
    }

    private static JourneyMap read(String id, String language) throws Exception {
        String name = id + "." + language + TemplateLibrary.EXTENSION;
        return MapCodec.read(bytes(name), name);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = BuiltInTemplatesTest.class.getResourceAsStream("/assets/templates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
