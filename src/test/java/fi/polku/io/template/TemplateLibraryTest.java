package fi.polku.io.template;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user's templates: saved with or without measurements, listed, named as files, and deleted. */
class TemplateLibraryTest {
    @TempDir
    Path folder;

    private static JourneyMap storeBus() throws Exception {
        try (InputStream in = TemplateLibraryTest.class.getResourceAsStream("/maps/store-bus.polku.json")) {
            return fi.polku.io.MapCodec.read(in.readAllBytes(), "store-bus.polku.json");
        }
    }

    @Test
    void withoutMeasurementsATemplateKeepsTheStructureAndWordsButNoFindings() throws Exception {
        JourneyMap map = storeBus();
        assertThat(map.touchpoints()).anyMatch(t -> !t.measurements().isEmpty());
        assertThat(map.opportunities()).anyMatch(o -> o.estimate() != null);
        TemplateLibrary library = new TemplateLibrary(folder.resolve("templates"));

        Template saved = library.save(map, "  Bus workshop ", false);

        Path file = folder.resolve("templates").resolve("Bus workshop.polku.json");
        assertThat(saved.file()).isEqualTo(file);
        JourneyMap template = MapFiles.load(file);
        assertThat(template.title()).isEqualTo("Bus workshop");
        assertThat(template.created()).isNull();
        assertThat(template.stages()).isEqualTo(map.stages());
        assertThat(template.lanes()).isEqualTo(map.lanes());
        assertThat(template.connections()).isEqualTo(map.connections());
        assertThat(template.personas()).isEqualTo(map.personas());
        assertThat(template.touchpoints()).extracting(Touchpoint::title)
                .containsExactlyElementsOf(map.touchpoints().stream().map(Touchpoint::title).toList());
        assertThat(template.touchpoints()).allMatch(t -> t.measurements().isEmpty() && t.targets().isEmpty()
                && t.importance() == null && t.emotion() == null && t.evidence() == null);
        assertThat(template.opportunities()).extracting(o -> o.text())
                .containsExactlyElementsOf(map.opportunities().stream().map(o -> o.text()).toList());
        assertThat(template.opportunities()).allMatch(o -> o.estimate() == null && !o.touchpointIds().isEmpty());
        assertThat(library.user().templates()).extracting(Template::name).containsExactly("Bus workshop");
    }

    @Test
    void withMeasurementsATemplateKeepsEverythingButTheTitleAndTimes() throws Exception {
        JourneyMap map = storeBus();
        TemplateLibrary library = new TemplateLibrary(folder);
        library.save(map, "Measured", true);
        JourneyMap template = MapFiles.load(folder.resolve("Measured.polku.json"));
        assertThat(template.touchpoints()).isEqualTo(map.touchpoints());
        assertThat(template.opportunities()).isEqualTo(map.opportunities());
        assertThat(template.metrics()).isEqualTo(map.metrics());
    }

    @Test
    void aVotingRoundInProgressIsNeverPartOfATemplate() throws Exception {
        String card = storeBus().touchpoints().getFirst().id();
        JourneyMap voted = storeBus().withVoting(new fi.polku.model.Voting(3, java.util.List.of("Anna"),
                java.util.List.of(new fi.polku.model.Vote("Anna", card))));
        new TemplateLibrary(folder).save(voted, "Voted", true);
        assertThat(MapFiles.load(folder.resolve("Voted.polku.json")).voting().isEmpty()).isTrue();
    }

    @Test
    void aNewMapFromATemplateHasAFreshIdAndTodaysTimes() throws Exception {
        Template template = TemplateLibrary.builtIn(Locale.ENGLISH).getFirst();
        Instant now = Instant.parse("2026-12-06T10:15:30.700Z");
        JourneyMap map = TemplateMaps.newMap(template, "new-id", now);
        assertThat(map.id()).isEqualTo("new-id");
        assertThat(map.created()).isEqualTo(Instant.parse("2026-12-06T10:15:30Z")).isEqualTo(map.modified());
        JourneyMap source = template.map();
        assertThat(map).usingRecursiveComparison().ignoringFields("id", "created", "modified").isEqualTo(source);
    }

    @Test
    void aNameBecomesAFileNameWithoutTheCharactersFileNamesCannotHold() {
        TemplateLibrary library = new TemplateLibrary(folder);
        assertThat(library.fileFor("Kassa: jono/odotus?")).contains(folder.resolve("Kassa jonoodotus.polku.json"));
        assertThat(library.fileFor("..hidden.")).contains(folder.resolve("hidden.polku.json"));
        assertThat(library.fileFor(" / : ")).isEmpty();
        assertThat(library.fileFor("")).isEmpty();
        assertThatThrownBy(() -> library.save(storeBus(), "///", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokenFileInTheFolderIsReportedAndTheOthersAreStillListed() throws Exception {
        TemplateLibrary library = new TemplateLibrary(folder);
        library.save(storeBus(), "Good", false);
        Files.writeString(folder.resolve("broken.polku.json"), "{ \"schemaVersion\": 3, ");
        Files.writeString(folder.resolve("notes.txt"), "not a template");

        TemplateLibrary.UserTemplates listed = library.user();

        assertThat(listed.templates()).extracting(Template::id).containsExactly("Good");
        assertThat(listed.problems()).isNotEmpty().allMatch(p -> p.file().endsWith("broken.polku.json"));
    }

    @Test
    void aUserTemplateCanBeDeletedAndABuiltInOneCannot() throws Exception {
        TemplateLibrary library = new TemplateLibrary(folder);
        Template saved = library.save(storeBus(), "Gone soon", false);
        library.delete(saved);
        assertThat(saved.file()).doesNotExist();
        assertThat(library.user().templates()).isEmpty();
        assertThat(new TemplateLibrary(folder.resolve("missing")).user().templates()).isEmpty();
        Template builtIn = TemplateLibrary.builtIn(Locale.ENGLISH).getFirst();
        assertThatThrownBy(() -> library.delete(builtIn)).isInstanceOf(IllegalArgumentException.class);
    }
}
