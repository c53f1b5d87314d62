package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;

import java.util.List;

/** A section's title at the top of its first page, with a short rule in the accent colour under it. */
final class SectionTitle implements Block {
    private static final double RULE_GAP = 7;
    private static final double SPACE_AFTER = 18;

    private final List<String> lines;
    private final int accent;

    SectionTitle(String title, double width, int accent) {
        this.lines = PageCanvas.WRAPPER.wrap(title, FontFace.BOLD, ReportLook.TITLE_SIZE, width, 3);
        this.accent = accent;
    }

    private static double line() {
        return PageCanvas.MEASURER.lineHeight(FontFace.BOLD, ReportLook.TITLE_SIZE);
    }

    @Override
    public double height() {
        return lines.size() * line() + RULE_GAP + 3 + SPACE_AFTER;
    }

    @Override
    public double firstPartHeight() {
        return height();
    }

    @Override
    public Block[] split(double room) {
        return new Block[] {null, this};
    }

    @Override
    public void paint(Painter p, double x, double y) {
        double ascent = PageCanvas.MEASURER.ascent(FontFace.BOLD, ReportLook.TITLE_SIZE);
        for (int i = 0; i < lines.size(); i++) {
            p.text(lines.get(i), x, y + i * line() + ascent, FontFace.BOLD, ReportLook.TITLE_SIZE, ReportLook.INK);
        }
        p.fillRect(x, y + lines.size() * line() + RULE_GAP, 36, 3, accent);
    }

    @Override
    public boolean keepWithNext() {
        return true;
    }
}
