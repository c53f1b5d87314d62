package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;

import java.util.ArrayList;
import java.util.List;

/** Text wrapped to the content width in one face, size and colour, splittable between its lines. */
final class Paragraph implements Block {
    private final List<String> lines;
    private final FontFace face;
    private final double size;
    private final int ink;
    private final double spaceAfter;
    private final boolean heading;

    private Paragraph(List<String> lines, FontFace face, double size, int ink, double spaceAfter, boolean heading) {
        this.lines = List.copyOf(lines);
        this.face = face;
        this.size = size;
        this.ink = ink;
        this.spaceAfter = spaceAfter;
        this.heading = heading;
    }

    /** Body text; line breaks in {@code text} start new lines. */
    static Paragraph body(String text, double width) {
        return of(text, FontFace.REGULAR, ReportLook.BODY_SIZE, ReportLook.INK, width, 7, false);
    }

    /** A smaller note in muted ink, for explanations under a table. */
    static Paragraph note(String text, double width) {
        return of(text, FontFace.REGULAR, ReportLook.SMALL_SIZE, ReportLook.MUTED, width, 5, false);
    }

    /** A sub-heading that stays with what follows it. */
    static Paragraph heading(String text, double width) {
        return of(text, FontFace.BOLD, ReportLook.HEADING_SIZE, ReportLook.INK, width, 5, true);
    }

    static Paragraph of(String text, FontFace face, double size, int ink, double width, double spaceAfter,
                        boolean heading) {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            List<String> wrapped = PageCanvas.WRAPPER.wrap(part, face, size, width, Integer.MAX_VALUE);
            lines.addAll(wrapped.isEmpty() ? List.of("") : wrapped);
        }
        return new Paragraph(lines, face, size, ink, spaceAfter, heading);
    }

    private double line() {
        return PageCanvas.MEASURER.lineHeight(face, size) * 1.18;
    }

    @Override
    public double height() {
        return lines.size() * line() + spaceAfter;
    }

    @Override
    public double firstPartHeight() {
        // Two lines at least at a page's foot and two at the next page's top; shorter ones move whole.
        return lines.size() < 4 ? height() : 2 * line();
    }

    @Override
    public Block[] split(double room) {
        int fit = (int) Math.floor(room / line());
        // Neither a lone first line at the foot nor a lone last line at the top of the next page.
        fit = Math.min(fit, lines.size() - 2);
        if (fit < 2) {
            return new Block[] {null, this};
        }
        return new Block[] {new Paragraph(lines.subList(0, fit), face, size, ink, 0, heading),
                new Paragraph(lines.subList(fit, lines.size()), face, size, ink, spaceAfter, heading)};
    }

    @Override
    public void paint(Painter p, double x, double y) {
        double ascent = PageCanvas.MEASURER.ascent(face, size);
        for (int i = 0; i < lines.size(); i++) {
            p.text(lines.get(i), x, y + i * line() + ascent, face, size, ink);
        }
    }

    @Override
    public boolean keepWithNext() {
        return heading;
    }
}
