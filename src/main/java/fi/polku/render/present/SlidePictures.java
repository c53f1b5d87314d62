package fi.polku.render.present;

import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Theme;
import fi.polku.metrics.MeasuredMetrics;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.MapPainter;
import fi.polku.render.PersonaDots;
import fi.polku.render.Picture;
import fi.polku.render.chart.EmotionChart;
import fi.polku.render.chart.MatrixSlide;
import fi.polku.render.chart.OpportunityChart;
import fi.polku.render.chart.RankingChart;
import fi.polku.render.chart.ScoreChart;
import fi.polku.text.Localization;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the picture of each slide of one map for one screen size, in the map's language and the room's
 * theme. The map is laid out once for all its slides, and each slide's picture is kept once made, so that
 * going back and forth only paints.
 */
public final class SlidePictures {
    /** How many priorities the priorities slide lists. */
    public static final int TOP_PRIORITIES = 5;

    private final JourneyMap map;
    private final Theme theme;
    private final double width;
    private final double height;
    private final Locale language;
    private final Map<String, Picture> made = new HashMap<>();
    private MapLayout layout;
    private MapPainter painter;
    private PersonaDots personaDots;
    private Map<String, Integer> personaKey;
    private fi.polku.metrics.MapComparison compare;

    public SlidePictures(JourneyMap map, Theme theme, double width, double height) {
        this.map = map;
        this.theme = theme;
        this.width = width;
        this.height = height;
        this.language = Localization.ofTag(map.language());
    }

    /** Shows the marks of {@code comparison} (null for none) on the map and stage slides made from now on. */
    public SlidePictures compared(fi.polku.metrics.MapComparison comparison) {
        this.compare = comparison;
        made.clear();
        return this;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The slide's picture at this screen size, made on first use. */
    public Picture of(Slide slide) {
        return made.computeIfAbsent(slide.id(), id -> make(slide));
    }

    /** The map's layout in the room's theme, shared by the map slides. */
    public MapLayout layout() {
        if (layout == null) {
            layout = MapLayouter.layout(map, theme, FontMetricsTable.shared());
            painter = new MapPainter(layout);
            personaDots = PersonaDots.of(map);
            personaKey = PersonaDots.key(map);
        }
        return layout;
    }

    private Picture make(Slide slide) {
        return switch (slide.kind()) {
            case MAP -> MapSlide.whole(layout(), painter, mapTitle(),
                    text("present.slide.map.subtitle", map.stages().size(), map.touchpoints().size()), width, height)
                    .withPersonaDots(personaDots, personaKey).compared(compare, language);
            case STAGE -> stage(slide.stageId());
            case MATRIX -> chart((w, h) -> MatrixSlide.of(map, language, w, h));
            case PRIORITIES -> chart((w, h) -> RankingChart.of(map, mostPlotted(), TOP_PRIORITIES, null, language, w, h));
            case SCORE -> chart((w, h) -> ScoreChart.of(map, language, w, h));
            case EMOTION -> chart((w, h) -> EmotionChart.of(map, language, w, h));
            case OPPORTUNITIES -> chart((w, h) -> OpportunityChart.of(map, language, w, h));
        };
    }

    private Picture stage(String stageId) {
        int index = 0;
        while (index < map.stages().size() && !map.stages().get(index).id().equals(stageId)) {
            index++;
        }
        if (index == map.stages().size()) {
            // A stage removed while presenting: the whole map rather than nothing.
            return make(Slide.of(Slide.Kind.MAP));
        }
        String name = map.stages().get(index).name();
        String title = name.isBlank() ? text("present.slide.stage.untitled", index + 1) : name;
        return MapSlide.stage(layout(), painter, index, title,
                text("present.slide.stage.subtitle", index + 1, map.stages().size()), width, height)
                .withPersonaDots(personaDots, personaKey).compared(compare, language);
    }

    private Picture chart(ChartSlide.ChartMaker maker) {
        return new ChartSlide(maker, theme.palette(), width, height);
    }

    private String mostPlotted() {
        return MeasuredMetrics.mostPlotted(map).map(MetricDefinition::id).orElse(null);
    }

    private String mapTitle() {
        return map.title().isBlank() ? text("present.slide.map.untitled") : map.title();
    }

    private String text(String key, Object... args) {
        return Localization.format(language, key, args);
    }
}
