package fi.polku.export.report;

import fi.polku.model.JourneyMap;
import fi.polku.render.Picture;
import fi.polku.render.chart.ChannelChart;
import fi.polku.render.chart.EmotionChart;
import fi.polku.render.chart.MatrixSlide;
import fi.polku.render.chart.ScoreChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report's sections after the cover and the table of contents, in the order a consultant tells the
 * story: the journey, where it hurts most, what it is worth, and how the numbers were made. {@link #PARTS}
 * is the one list to change to add, drop or reorder a section.
 */
final class ReportSections {
    /** Section title keys of the analysis charts (drawn by {@code fi.polku.render.chart}). */
    static final String MATRIX = "report.section.matrix";
    static final String SCORE = "report.section.score";
    static final String EMOTION = "report.section.emotion";
    static final String CHANNELS = "report.section.channels";

    static final double POINTS_PER_PIXEL = 0.75;

    /** Draws one chart of a map in a language to fit about {@code width} × {@code height} points. */
    @FunctionalInterface
    interface ChartFactory {
        Picture of(JourneyMap map, Locale language, int width, int height);
    }

    /** Makes one section of a report. */
    @FunctionalInterface
    interface Part extends Function<ReportContext, ReportSection> {
    }

    /** The sections in report order. */
    static final List<Part> PARTS = List.of(
            MapPages::section,
            chart(MATRIX, MatrixSlide::of),
            PrioritySection::section,
            chart(SCORE, ScoreChart::of),
            chart(EMOTION, EmotionChart::of),
            chart(CHANNELS, ChannelChart::whole),
            OpportunitySection::section,
            MethodSection::section);

    private ReportSections() {
    }

    /** A page with a chart under its title, drawn to the room the page leaves it. */
    static Part chart(String titleKey, ChartFactory factory) {
        return context -> {
            String title = context.text().get(titleKey);
            double[] room = PicturePage.room(context, title);
            // Laid out in pixels of 0.75 pt (96 per inch), so a chart's 12 px label prints at 9 pt.
            Picture picture = factory.of(context.map(), context.text().language(), (int) (room[0] / POINTS_PER_PIXEL),
                    (int) (room[1] / POINTS_PER_PIXEL));
            return new ReportSection(title, List.of(new PicturePage(context, title, picture)), true);
        };
    }

    /** Every section after the cover and contents, made for one report. */
    static List<ReportSection> make(ReportContext context) {
        List<ReportSection> sections = new ArrayList<>();
        for (Part part : PARTS) {
            sections.add(part.apply(context));
        }
        return sections;
    }
}
