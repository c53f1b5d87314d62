package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** Undo step names are texts that read naturally in both languages, counts and quoted titles included. */
class StepNamesTest {
    private final JourneyMap map = TouchpointCommandsTest.sample();

    @Test
    void countedStepsAgreeInNumberAndCase() {
        assertThat(new DeleteTouchpoints(List.of("a", "b", "c")).description().in(FINNISH))
                .isEqualTo("Poista 3 kosketuspistettä");
        assertThat(new MoveTouchpoints(List.of("a"), "s2", "l2", 0).description().in(FINNISH))
                .isEqualTo("Siirrä kosketuspiste");
        assertThat(UpdateTouchpoints.importance(map, List.of("a", "b", "c"), 4.0).description().in(FINNISH))
                .isEqualTo("Aseta 3 kosketuspisteen tärkeys");
        assertThat(DeleteTouchpoints.cut(List.of("a", "b")).description().in(ENGLISH)).isEqualTo("Cut 2 touchpoints");
    }

    @Test
    void aQuotedTitleStaysAsWrittenInsideTheLanguagesOwnQuotes() {
        UpdateTouchpoints importance = UpdateTouchpoints.importance(map, List.of("d"), 4.0);
        assertThat(importance.description().in(ENGLISH)).isEqualTo("Set importance of “Kassa”");
        assertThat(importance.description().in(FINNISH)).isEqualTo("Aseta kosketuspisteen ”Kassa” tärkeys");
        assertThat(UpdateTouchpoints.title("d", "Kassa's queue").description().in(FINNISH))
                .isEqualTo("Muuta kosketuspisteen nimeksi ”Kassa's queue”");
        assertThat(SetMeasurements.of(map, "d", List.of()).description().in(FINNISH))
                .isEqualTo("Muokkaa kosketuspisteen ”Kassa” mittauksia");
    }

    @Test
    void largeCountsUseTheLanguagesThousandsSeparator() {
        Text imported = Text.of("step.importAnswers", 1204L, "kysely.csv");
        assertThat(imported.in(ENGLISH)).isEqualTo("Import 1,204 answers from kysely.csv");
        assertThat(imported.in(FINNISH)).matches("Tuo 1\\h204 vastausta tiedostosta kysely\\.csv");
        assertThat(Text.of("step.importAnswers", 1, "a.csv").in(FINNISH)).isEqualTo("Tuo 1 vastaus tiedostosta a.csv");
    }

    @Test
    void theNameIsKeptAsATextUntilShown() {
        History h = new History(map);
        h.execute(new DeleteTouchpoints(List.of("a", "b")));
        assertThat(h.undoDescription()).contains(Text.of("step.deleteTouchpoints", 2));
        h.undo();
        assertThat(h.redoDescription().map(t -> t.in(FINNISH))).contains("Poista 2 kosketuspistettä");
    }

    @Test
    void bothLanguagesNameTheSameStepsWithPatternsThatParse() throws IOException {
        Properties english = bundle("edit.properties");
        Properties finnish = bundle("edit_fi.properties");
        assertThat(finnish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("step."));
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key));
            new MessageFormat(finnish.getProperty(key));
            assertThat(Localization.text(FINNISH, key)).as(key).isEqualTo(finnish.getProperty(key));
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Localization.class.getResourceAsStream("/fi/polku/text/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
