package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents: each listed section's title, dot leaders and the number of its first page. Each
 * line is also a link to that page (see {@link #links()}).
 */
final class ContentsPage implements ReportPage {
    private static final double SIZE = 11.5;
    private static final double STEP = 26;
    private static final double LEADER = 4;

    /** A line of the contents: the area it covers on the page (y down) and the page it links to (0-based). */
    record Link(double x, double y, double w, double h, int pageIndex) {
    }

    private record Line(String title, int page) {
    }

    private final ReportContext context;
    private final SectionTitle title;
    private final String name;
    private final List<Line> lines = new ArrayList<>();

    ContentsPage(ReportContext context) {
        this.context = context;
        this.name = context.text().get("report.section.contents");
        this.title = new SectionTitle(name, context.sheet().contentWidth(), context.accent());
    }

    String name() {
        return name;
    }

    /** Adds a section that starts on page {@code page} (1-based, as printed). */
    void add(String section, int page) {
        lines.add(new Line(section, page));
    }

    /** The clickable lines, in order. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        double y = top();
        for (Line l : lines) {
            links.add(new Link(ReportLook.MARGIN, y - 4, context.sheet().contentWidth(), STEP - 2, l.page() - 1));
            y += STEP;
        }
        return links;
    }

    private double top() {
        return ReportLook.CONTENT_TOP + title.height() + 4;
    }

    @Override
    public double width() {
        return context.sheet().textWidth();
    }

    @Override
    public double height() {
        return context.sheet().textHeight();
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(name);
        Painter p = canvas.painter();
        title.paint(p, ReportLook.MARGIN, ReportLook.CONTENT_TOP);
        double left = ReportLook.MARGIN;
        double right = width() - ReportLook.MARGIN;
        double ascent = PageCanvas.MEASURER.ascent(FontFace.REGULAR, SIZE);
        double y = top();
        for (Line l : lines) {
            String number = Integer.toString(l.page());
            double numberWidth = PageCanvas.MEASURER.width(number, FontFace.BOLD, SIZE);
            String shown = PageCanvas.WRAPPER.truncate(l.title(), FontFace.REGULAR, SIZE, right - left - numberWidth - 40);
            double titleWidth = PageCanvas.MEASURER.width(shown, FontFace.REGULAR, SIZE);
            double baseline = y + ascent;
            p.text(shown, left, baseline, FontFace.REGULAR, SIZE, ReportLook.INK);
            // Dot leaders drawn as dots, not text, so that copied text reads "title 4"; on a grid so they line up.
            for (double x = Math.ceil((left + titleWidth + 8) / LEADER) * LEADER; x < right - numberWidth - 8;
                 x += LEADER) {
                p.fillRect(x, baseline - 1, 1, 1, ReportLook.MUTED);
            }
            p.text(number, right - numberWidth, baseline, FontFace.BOLD, SIZE, context.accent());
            y += STEP;
        }
    }
}
