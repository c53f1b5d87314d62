package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.Painter;
import fi.polku.render.Picture;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An analysis chart: a {@link Picture} with a title and subtitle at the top, its body in between and
 * footnotes at the bottom, laid out for its size in one language. The screen can ask which touchpoint
 * lies at a point.
 */
public abstract class Chart implements Picture {
    protected final Locale language;
    protected final double width;
    protected final double height;
    protected final TextMeasurer measurer = FontMetricsTable.shared();
    protected final TextWrapper wrapper = new TextWrapper(measurer);
    private final List<String> notes = new ArrayList<>();
    private String title = "";
    private String subtitle = "";

    protected Chart(Locale language, double width, double height) {
        this.language = Localization.supported(language);
        this.width = width;
        this.height = height;
    }

    @Override
    public final double width() {
        return width;
    }

    @Override
    public final double height() {
        return height;
    }

    /** The language the chart's words and numbers are in. */
    public final Locale language() {
        return language;
    }

    /** The touchpoint drawn at (x, y) in picture pixels, or null; for clicks and tooltips on screen. */
    public String touchpointAt(double x, double y) {
        return null;
    }

    /** The chart's title, as painted (for tests and the file name of an export). */
    public final String title() {
        return title;
    }

    protected final void setTitle(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle == null ? "" : subtitle;
    }

    /** Adds a footnote line under the body; each wraps to the width. */
    protected final void addNote(String note) {
        if (note != null && !note.isBlank()) {
            notes.add(note);
        }
    }

    /** Replaces the last footnote, e.g. once the numbers it states are known. */
    protected final void replaceLastNote(String note) {
        notes.set(notes.size() - 1, note);
    }

    protected final String text(String key, Object... args) {
        return Localization.format(language, key, args);
    }

    /** Where the body starts: below the title and the subtitle's lines. */
    protected final double bodyTop() {
        double y = ChartStyle.MARGIN + measurer.lineHeight(ChartStyle.TITLE_FACE, ChartStyle.TITLE_SIZE);
        y += subtitleLines().size() * measurer.lineHeight(FontFace.REGULAR, ChartStyle.SUBTITLE_SIZE);
        return y + 16;
    }

    /** Where the body ends: above the footnotes. */
    protected final double bodyBottom() {
        return height - ChartStyle.MARGIN - noteLines().size() * line(FontFace.REGULAR, ChartStyle.SMALL_SIZE)
                - (notes.isEmpty() ? 0 : 10);
    }

    protected final double contentWidth() {
        return width - 2 * ChartStyle.MARGIN;
    }

    private List<String> subtitleLines() {
        return subtitle.isEmpty() ? List.of()
                : wrapper.wrap(subtitle, FontFace.REGULAR, ChartStyle.SUBTITLE_SIZE, contentWidth(), 2);
    }

    private List<String> noteLines() {
        List<String> lines = new ArrayList<>();
        for (String note : notes) {
            lines.addAll(wrapper.wrap(note, FontFace.REGULAR, ChartStyle.SMALL_SIZE, contentWidth(), 3));
        }
        return lines;
    }

    @Override
    public final void paint(Painter p) {
        p.fillRect(0, 0, width, height, ChartStyle.BACKGROUND);
        double m = ChartStyle.MARGIN;
        double y = m + measurer.ascent(ChartStyle.TITLE_FACE, ChartStyle.TITLE_SIZE);
        p.beginGroup("chart-title", "title");
        p.text(wrapper.truncate(title, ChartStyle.TITLE_FACE, ChartStyle.TITLE_SIZE, contentWidth()), m, y,
                ChartStyle.TITLE_FACE, ChartStyle.TITLE_SIZE, ChartStyle.INK);
        y += measurer.descent(ChartStyle.TITLE_FACE, ChartStyle.TITLE_SIZE);
        for (String line : subtitleLines()) {
            y += measurer.lineHeight(FontFace.REGULAR, ChartStyle.SUBTITLE_SIZE);
            p.text(line, m, y - measurer.descent(FontFace.REGULAR, ChartStyle.SUBTITLE_SIZE), FontFace.REGULAR,
                    ChartStyle.SUBTITLE_SIZE, ChartStyle.MUTED);
        }
        p.endGroup();
        p.beginGroup("chart-body", "body");
        paintBody(p);
        p.endGroup();
        List<String> lines = noteLines();
        if (!lines.isEmpty()) {
            p.beginGroup("chart-notes", "notes");
            double ny = bodyBottom() + 10;
            for (String line : lines) {
                ny += line(FontFace.REGULAR, ChartStyle.SMALL_SIZE);
                p.text(line, m, ny - measurer.descent(FontFace.REGULAR, ChartStyle.SMALL_SIZE), FontFace.REGULAR,
                        ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
            }
            p.endGroup();
        }
    }

    /** Paints what lies between {@link #bodyTop()} and {@link #bodyBottom()}. */
    protected abstract void paintBody(Painter p);

    // ---- small text helpers shared by the charts ----

    protected final double line(FontFace face, double size) {
        return measurer.lineHeight(face, size);
    }

    /** Text centred on x, its box's vertical middle at {@code middle}. */
    protected final void centred(Painter p, String s, double x, double middle, FontFace face, double size, int argb) {
        p.text(s, x - measurer.width(s, face, size) / 2, baseline(middle, face, size), face, size, argb);
    }

    /** Text whose right end is at x, its box's vertical middle at {@code middle}. */
    protected final void right(Painter p, String s, double x, double middle, FontFace face, double size, int argb) {
        p.text(s, x - measurer.width(s, face, size), baseline(middle, face, size), face, size, argb);
    }

    /** Text whose left end is at x, its box's vertical middle at {@code middle}. */
    protected final void left(Painter p, String s, double x, double middle, FontFace face, double size, int argb) {
        p.text(s, x, baseline(middle, face, size), face, size, argb);
    }

    /** The baseline that centres a line's ascent and descent on {@code middle}. */
    protected final double baseline(double middle, FontFace face, double size) {
        return middle + (measurer.ascent(face, size) - measurer.descent(face, size)) / 2;
    }

    /** An empty chart's one message, centred in the body. */
    protected final void empty(Painter p, String message) {
        List<String> lines = wrapper.wrap(message, FontFace.REGULAR, ChartStyle.LABEL_SIZE, contentWidth(), 3);
        double h = line(FontFace.REGULAR, ChartStyle.LABEL_SIZE);
        double y = (bodyTop() + bodyBottom()) / 2 - lines.size() * h / 2 + h / 2;
        for (String l : lines) {
            centred(p, l, width / 2, y, FontFace.REGULAR, ChartStyle.LABEL_SIZE, ChartStyle.MUTED);
            y += h;
        }
    }
}
