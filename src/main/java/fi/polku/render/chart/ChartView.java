package fi.polku.render.chart;

import fi.polku.model.JourneyMap;

import java.util.Locale;

/** The analysis charts a map can be exported as, each giving its default picture in a language. */
public enum ChartView {
    MATRIX, RANKING, SCORE, EMOTION, OPPORTUNITIES, CHANNELS;

    /** The name the command line takes, e.g. {@code ranking}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default picture at the default size ({@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT}). */
    public Chart picture(JourneyMap map, Locale language) {
        return picture(map, language, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** The default picture laid out for another size. */
    public Chart picture(JourneyMap map, Locale language, double width, double height) {
        return switch (this) {
            case MATRIX -> MatrixSlide.of(map, language, width, height);
            case RANKING -> RankingChart.of(map, language, width, height);
            case SCORE -> ScoreChart.of(map, language, width, height);
            case EMOTION -> EmotionChart.of(map, language, width, height);
            case OPPORTUNITIES -> OpportunityChart.of(map, language, width, height);
            case CHANNELS -> ChannelChart.whole(map, language, width, height);
        };
    }
}
