package fi.polku.io.survey;

import fi.polku.io.MapFiles;
import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** The touchpoint and metric suggested for each question column of a wide file. */
class QuestionSuggestionTest {
    private static final List<String> CARDS = List.of("Aikataulu verkkosivuilla", "Ostokset ja kassa",
            "Kassajono", "Bussimatka tavarataloon", "Kuvaston kysyminen kuljettajalta", "Palautekysely sähköpostiin");

    @Test
    void finnishInflectionsAndCompoundsMeetTheTitle() {
        assertThat(TitleSimilarity.score("Kuinka tyytyväinen olit kassajonossa?", "Kassajono")).isEqualTo(1.0);
        assertThat(TitleSimilarity.score("Löysitkö aikataulun verkkosivuilta?", "Aikataulu verkkosivuilla"))
                .isEqualTo(1.0);
        assertThat(TitleSimilarity.score("Kuinka tyytyväinen olit kassalla?", "Ostokset ja kassa")).isEqualTo(0.5);
        assertThat(TitleSimilarity.score("HOW SATISFIED WERE YOU?", "Ostokset ja kassa")).isZero();
        // Accents do not matter, and the scale's own words ("tyytyväinen") fit no card.
        assertThat(TitleSimilarity.score("Kuvaston kysyminen kuljettajalta", "KUVASTON KYSYMINEN KULJETTAJALTA"))
                .isEqualTo(1.0);
        assertThat(TitleSimilarity.score("Oletko tyytyväinen?", "Tyytyväinen mutta tyhjin käsin")).isZero();
    }

    @Test
    void theBestTitleWinsAndAPoorOrTiedMatchGivesNone() {
        assertThat(TitleSimilarity.best("Kuinka tyytyväinen olit bussimatkaan?", CARDS)).isEqualTo(3);
        assertThat(TitleSimilarity.best("Jonotitko kassajonossa kauan?", CARDS)).isEqualTo(2);
        assertThat(TitleSimilarity.best("How likely are you to recommend us to a friend?", CARDS)).isEqualTo(-1);
        // "kassa" fits two cards equally: no coin toss.
        assertThat(TitleSimilarity.best("Kassa", List.of("Kassa ja ostokset", "Kassa ja jono"))).isEqualTo(-1);
        // One word of six is too little.
        assertThat(TitleSimilarity.best("Kysyitkö kuljettajalta?",
                List.of("Kuljettaja on alihankkijan palveluksessa tänään aamulla"))).isEqualTo(-1);
    }

    @Test
    void theMetricFollowsTheWordingAndTheScale() {
        List<MetricDefinition> none = List.of();
        assertThat(MetricGuess.guess("How likely are you to recommend us?", List.of("9", "10", "7"), none))
                .isEqualTo("nps");
        assertThat(MetricGuess.guess("Suosittelisitko meitä ystävällesi?", List.of("3", "5"), none)).isEqualTo("nps");
        assertThat(MetricGuess.guess("Rating", List.of("0", "8", "10"), none)).isEqualTo("nps");
        assertThat(MetricGuess.guess("Q2", List.of("10 - Extremely likely", "5"), none)).isEqualTo("nps");
        assertThat(MetricGuess.guess("Checkout", List.of("Very satisfied", "Satisfied", "Super happy"), none))
                .isEqualTo("csat");
        assertThat(MetricGuess.guess("Kassa", List.of("Erittäin tyytyväinen", "Tyytymätön"), none)).isEqualTo("csat");
        assertThat(MetricGuess.guess("It was easy", List.of("Strongly agree", "Somewhat agree"), none)).isEqualTo("ces");
        assertThat(MetricGuess.guess("Asiointi oli helppoa", List.of("2", "6", "7"), none)).isEqualTo("ces");
        assertThat(MetricGuess.guess("Solved?", List.of("Yes", "No"), none)).isEqualTo("fcr");
        assertThat(MetricGuess.guess("Ratkesiko asiasi?", List.of("kyllä", "Ei", "KYLLÄ"), none)).isEqualTo("fcr");
        assertThat(MetricGuess.guess("Mood", List.of("-3", "2", "0"), none)).isEqualTo("emotion");
        assertThat(MetricGuess.guess("Arvosana", List.of("1", "4", "5"), none)).isEqualTo("csat");
        assertThat(MetricGuess.guess("Comments", List.of("Great!", "The queue was long"), none)).isNull();
        assertThat(MetricGuess.guess("Anything else?", List.of(), none)).isNull();
        MetricDefinition delay = MetricDefinition.custom("viive", "Lähtöviive", "min", 0, 30, Direction.LOWER_IS_BETTER);
        assertThat(MetricGuess.guess("Lähtöviive minuutteina", List.of("0", "12", "25"), List.of(delay)))
                .isEqualTo("viive");
        MetricDefinition approached = MetricDefinition.yesNo("lahestytty", "Lähestytty 5 minuutin sisällä",
                Direction.HIGHER_IS_BETTER);
        assertThat(MetricGuess.guess("Lähestyttiinkö sinua 5 minuutin sisällä?", List.of("Kyllä", "Ei"),
                List.of(delay, approached))).isEqualTo("lahestytty");
        assertThat(MetricGuess.guess("Ratkesiko asiasi?", List.of("Kyllä", "Ei"), List.of(approached))).isEqualTo("fcr");
    }

    @Test
    void aGoogleFormsFileGetsItsSuggestionsSamplesUnknownLabelsAndRound() throws Exception {
        SurveyPreview preview = SurveyPreview.read(WideSurveyImportTest.resource("google-forms.csv"), null, 50);
        assertThat(preview.looksWide()).isTrue();
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        WideQuestions q = WideQuestions.of(preview, map);
        assertThat(q.questions()).extracting(WideQuestions.Question::letter).containsExactly("C", "D", "E", "F", "G");
        assertThat(q.questions()).extracting(WideQuestions.Question::metric)
                .containsExactly("nps", "csat", "ces", "fcr", null);
        assertThat(q.questions().get(1).samples()).containsExactly("Very satisfied", "Satisfied",
                "Neither satisfied nor dissatisfied");
        // English questions fit none of the Finnish cards: no guess rather than a bad one.
        assertThat(q.questions()).allMatch(x -> x.touchpoint() == null);
        assertThat(q.latest()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(q.suggestedRound().in(FINNISH)).isEqualTo("Syksy 2026");
        assertThat(q.suggestedRound().in(ENGLISH)).isEqualTo("Autumn 2026");
        assertThat(q.unknownLabels(Map.of(3, MetricDefinition.builtIn("csat")), LabelTable.builtIn()))
                .containsExactly("Super happy");
        assertThat(q.unknownLabels(Map.of(3, MetricDefinition.builtIn("csat")),
                LabelTable.builtIn().with("super happy", 5))).isEmpty();
    }
}
