package fi.polku.render.chart;

import fi.polku.io.MapFiles;
import fi.polku.metrics.ChannelScorecard;
import fi.polku.metrics.EmotionCurve;
import fi.polku.metrics.PooledScore;
import fi.polku.model.JourneyMap;
import fi.polku.render.Picture;
import fi.polku.render.svg.SvgPainter;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What each chart draws, read back from its SVG: the numbers and labels a consultant will show. */
class ChartPicturesTest {
    private static final Locale FI = Localization.FINNISH;
    private static final Locale EN = Localization.ENGLISH;

    private static JourneyMap storeBus() throws Exception {
        return MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    /** The SVG's text with every kind of space made plain, so "468 000 €" reads the same in any locale. */
    private static String svg(Picture picture) {
        SvgPainter painter = new SvgPainter(picture.width(), picture.height());
        picture.paint(painter);
        return painter.toSvg().replaceAll("[\\u00a0\\u202f]", " ");
    }

    /** A number as the SVG writes it: the font has no minus sign, so the picture shows a hyphen. */
    private static String shown(String number) {
        return number.replace('\u2212', '-');
    }

    @Test
    void theRankingSpellsOutImportanceTimesGapEqualsPriorityInTheMapsLanguage() throws Exception {
        JourneyMap map = storeBus();

        String fi = svg(RankingChart.of(map, FI, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        String en = svg(RankingChart.of(map, EN, ChartStyle.WIDTH, ChartStyle.HEIGHT));

        // Aikataulu verkkosivuilla: CSAT 78.2 % against a target of 85 %, importance 4: 4 × 6.8 = 27.2.
        assertThat(fi).contains("Tärkeimmät kehityskohteet: CSAT", "Aikataulu verkkosivuilla", "4 × 6,8 = 27,2",
                "CSAT 78,2 %, tavoite 85 %");
        assertThat(en).contains("Top priorities: CSAT", "4 × 6.8 = 27.2", "CSAT 78.2 %, target 85 %");
    }

    @Test
    void aRankingRowReportsItsTouchpointAndOnlyTheTopNAreDrawn() throws Exception {
        RankingChart chart = RankingChart.of(storeBus(), "csat", 1, "t1", EN, ChartStyle.WIDTH, ChartStyle.HEIGHT);

        assertThat(chart.shown()).hasSize(1);
        assertThat(chart.touchpointAt(100, chart.bodyTop() + 10)).isEqualTo("t1");
        assertThat(svg(chart)).contains("1 more touchpoint below target is not shown (top 1).");
    }

    @Test
    void theScoreShowsTheWholeJourneyAndEachStage() throws Exception {
        JourneyMap map = storeBus();
        ScoreChart chart = ScoreChart.of(map, "csat", null, FI, ChartStyle.WIDTH, ChartStyle.HEIGHT);

        String svg = svg(chart);

        assertThat(svg).contains("Kokonaistulos: CSAT", "Koko polku",
                Formats.number(FI, chart.score().overall(), 1), "Ennen matkaa", "Bussimatka", "ei mitattu");
        for (var stage : chart.score().stages()) {
            if (stage.score() != null) {
                assertThat(svg).contains(Formats.number(FI, stage.score(), 1));
            }
        }
    }

    @Test
    void theEmotionCurveMarksAndNamesItsPeakAndEnd() throws Exception {
        JourneyMap map = storeBus();
        EmotionCurve curve = EmotionCurve.of(map);
        EmotionChart chart = EmotionChart.of(map, EN, ChartStyle.WIDTH, ChartStyle.HEIGHT);

        String svg = svg(chart);

        assertThat(svg).contains(">Peak<", ">End<", "Peak (the most intense moment): "
                + curve.peak().touchpoint().title() + ", +2", curve.end().touchpoint().title());
        EmotionChart.Drawn peak = chart.drawn().stream().filter(d -> d.point() == chart.curve().peak()).findFirst().orElseThrow();
        assertThat(chart.touchpointAt(peak.x() + 2, peak.y() - 2)).isEqualTo(curve.peak().touchpoint().id());
    }

    @Test
    void theOpportunitiesShowTheStoreBusWorth468000EurosWithItsFormula() throws Exception {
        JourneyMap map = storeBus();

        String en = svg(OpportunityChart.of(map.withLanguage("en"), EN, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        String fi = svg(OpportunityChart.of(map, FI, ChartStyle.WIDTH, ChartStyle.HEIGHT));

        assertThat(en).contains("€468,000", "40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000");
        assertThat(fi).contains("468 000 €", "Kuvasto ja tuotevinkit bussiin");
    }

    @Test
    void theChannelScorecardShowsThePooledNumbersOfEachChannel() throws Exception {
        JourneyMap map = storeBus();
        ChannelChart chart = ChannelChart.of(map, FI, ChartStyle.WIDTH, ChartStyle.HEIGHT);

        String svg = svg(chart);

        // Myymälä: CSAT 80.8 % of 26 and 77.3 % of 150 pool to 137 of 176 = 77.8 %.
        assertThat(svg).contains("Kanavien tuloskortti", "Myymälä", "77,8 %", "n = 176", "2 kosketuspistettä");
        for (ChannelScorecard.Channel c : chart.scorecard().channels()) {
            assertThat(svg).contains(c.lane().name());
            for (PooledScore s : c.scores()) {
                if (s.present()) {
                    assertThat(svg).contains(shown(ChartText.value(FI, s.metric(), s.value())), "n = " + s.n());
                }
                if (s.hasInterval()) {
                    assertThat(svg).contains(shown("95 %: " + ChartText.value(FI, s.metric(), s.ciLow()) + "–"
                            + ChartText.value(FI, s.metric(), s.ciHigh())));
                }
            }
        }
    }

    @Test
    void everyChartOfAnEmptyMapSaysWhatIsMissingInsteadOfFailing() {
        JourneyMap empty = JourneyMap.empty("m", "Empty");
        for (ChartView view : ChartView.values()) {
            Chart chart = view.picture(empty, EN);

            assertThat(svg(chart)).as(view.id()).contains(chart.title());
        }
        assertThat(svg(ChannelChart.of(empty, EN, 800, 400))).contains("The map has no channel lanes.");
        assertThat(svg(RankingChart.of(empty, EN, 800, 400))).contains("No touchpoint has a measurement.");
    }

    @Test
    void aSmallPictureStillFitsItsRowsBetweenTitleAndNotes() throws Exception {
        RankingChart chart = RankingChart.of(storeBus(), "csat", 8, null, EN, 600, 300);

        assertThat(chart.shown()).isNotEmpty();
        assertThat(chart.bodyTop() + chart.shown().size() * 46).isLessThanOrEqualTo(chart.bodyBottom() + 1);
    }
}
