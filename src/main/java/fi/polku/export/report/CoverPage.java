package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;

import java.util.List;

/**
 * The cover: a logo box at the top right, the title on a band of the accent colour, then the scenario, the
 * personas and the date. Long texts are cut with an ellipsis rather than run off the page.
 */
final class CoverPage implements ReportPage {
    static final double LOGO_W = 150;
    static final double LOGO_H = 60;
    private static final double LOGO_TOP = 44;
    private static final double BAND_TOP = 150;
    /** On a 16:9 slide the band starts higher and is tighter, to leave room for the date below it. */
    private static final double SLIDE_BAND_TOP = 92;
    private static final double COVER_TITLE = 30;
    private static final double LEAD = 12.5;
    private static final double LABEL = 9;
    private static final int WHITE_SOFT = 0xE6FFFFFF;

    private final ReportContext context;

    CoverPage(ReportContext context) {
        this.context = context;
    }

    static ReportSection section(ReportContext context) {
        return new ReportSection(context.text().get("report.section.cover"), List.of(new CoverPage(context)), false);
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
        Painter p = canvas.painter();
        ReportText text = context.text();
        JourneyMap map = context.map();
        double m = ReportLook.MARGIN;
        double w = width() - 2 * m;
        canvas.logo(context.brand().logo(), width() - m - LOGO_W, slide() ? LOGO_TOP / 2 : LOGO_TOP, LOGO_W,
                slide() ? LOGO_H * 0.75 : LOGO_H);

        List<String> title = PageCanvas.WRAPPER.wrap(context.title(), FontFace.BOLD, COVER_TITLE, w, 3);
        List<String> lead = PageCanvas.WRAPPER.wrap(map.description(), FontFace.REGULAR, LEAD, w, 3);
        double titleLine = PageCanvas.MEASURER.lineHeight(FontFace.BOLD, COVER_TITLE);
        double leadLine = PageCanvas.MEASURER.lineHeight(FontFace.REGULAR, LEAD) * 1.15;
        boolean slide = context.sheet().slide();
        double bandTop = slide ? SLIDE_BAND_TOP : BAND_TOP;
        double padding = slide ? 36 : 56;
        double bandHeight = padding + 22 + title.size() * titleLine + (lead.isEmpty() ? 0 : 12 + lead.size() * leadLine)
                + (slide ? 30 : 44);
        p.fillRect(0, bandTop, width(), bandHeight, context.accent());
        double y = bandTop + padding;
        p.text(text.get("report.cover.kind").toUpperCase(text.language()), m, y, FontFace.BOLD, LABEL, WHITE_SOFT);
        y += 22;
        for (String line : title) {
            p.text(line, m, y + PageCanvas.MEASURER.ascent(FontFace.BOLD, COVER_TITLE), FontFace.BOLD, COVER_TITLE,
                    ReportLook.WHITE);
            y += titleLine;
        }
        y += 12;
        for (String line : lead) {
            p.text(line, m, y + PageCanvas.MEASURER.ascent(FontFace.REGULAR, LEAD), FontFace.REGULAR, LEAD, WHITE_SOFT);
            y += leadLine;
        }

        y = bandTop + bandHeight + (slide ? 24 : 40);
        double foot = height() - (slide ? 40 : 64);
        double bottom = slide ? foot - 34 : height() - 110;
        if (!map.scenario().isBlank()) {
            y = label(p, text.get("report.cover.scenario"), y);
            y = paragraph(p, map.scenario(), FontFace.REGULAR, y, 6, bottom) + 18;
        }
        List<Persona> personas = map.personas().stream().filter(x -> !x.name().isBlank()).toList();
        if (!personas.isEmpty() && y < bottom - 40) {
            y = label(p, text.get(personas.size() == 1 ? "report.cover.persona" : "report.cover.personas"), y);
            for (Persona persona : personas) {
                if (y > bottom - 20) {
                    break;
                }
                y = paragraph(p, persona.name(), FontFace.BOLD, y, 1, bottom);
                if (!persona.description().isBlank()) {
                    y = paragraph(p, persona.description(), FontFace.REGULAR, y, 3, bottom);
                }
                y += 8;
            }
        }
        p.line(m, foot - 22, width() - m, foot - 22, ReportLook.RULE, 0.6);
        p.text(text.get("report.cover.date", text.date(context.date())), m, foot, FontFace.REGULAR, ReportLook.BODY_SIZE,
                ReportLook.MUTED);
        p.fillRect(0, height() - ReportLook.BAND, width(), ReportLook.BAND, context.accent());
    }

    private boolean slide() {
        return context.sheet().slide();
    }

    private double label(Painter p, String label, double y) {
        p.text(label.toUpperCase(context.text().language()), ReportLook.MARGIN,
                y + PageCanvas.MEASURER.ascent(FontFace.BOLD, LABEL), FontFace.BOLD, LABEL, context.accent());
        return y + PageCanvas.MEASURER.lineHeight(FontFace.BOLD, LABEL) + 6;
    }

    private double paragraph(Painter p, String s, FontFace face, double y, int maxLines, double bottom) {
        double size = 11;
        double line = PageCanvas.MEASURER.lineHeight(face, size) * 1.2;
        int room = Math.max(1, (int) ((bottom - y) / line));
        for (String l : PageCanvas.WRAPPER.wrap(s, face, size, width() - 2 * ReportLook.MARGIN, Math.min(maxLines, room))) {
            p.text(l, ReportLook.MARGIN, y + PageCanvas.MEASURER.ascent(face, size), face, size, ReportLook.INK);
            y += line;
        }
        return y;
    }
}
