package fi.polku.export.report;

import fi.polku.export.PdfPainter;
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
    public void paint(PageCanvas canvas) {
        PdfPainter p = canvas.painter();
        ReportText text = context.text();
        JourneyMap map = context.map();
        double m = ReportLook.MARGIN;
        double w = width() - 2 * m;
        canvas.logo(context.brand().logo(), width() - m - LOGO_W, LOGO_TOP, LOGO_W, LOGO_H);

        List<String> title = PageCanvas.WRAPPER.wrap(context.title(), FontFace.BOLD, COVER_TITLE, w, 3);
        List<String> lead = PageCanvas.WRAPPER.wrap(map.description(), FontFace.REGULAR, LEAD, w, 3);
        double titleLine = PageCanvas.MEASURER.lineHeight(FontFace.BOLD, COVER_TITLE);
        double leadLine = PageCanvas.MEASURER.lineHeight(FontFace.REGULAR, LEAD) * 1.15;
        double bandHeight = 56 + 22 + title.size() * titleLine + (lead.isEmpty() ? 0 : 12 + lead.size() * leadLine) + 44;
        p.fillRect(0, BAND_TOP, width(), bandHeight, context.accent());
        double y = BAND_TOP + 56;
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

        y = BAND_TOP + bandHeight + 40;
        double bottom = height() - 110;
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
        double foot = height() - 64;
        p.line(m, foot - 22, width() - m, foot - 22, ReportLook.RULE, 0.6);
        p.text(text.get("report.cover.date", text.date(context.date())), m, foot, FontFace.REGULAR, ReportLook.BODY_SIZE,
                ReportLook.MUTED);
        p.fillRect(0, height() - ReportLook.BAND, width(), ReportLook.BAND, context.accent());
    }

    private double label(PdfPainter p, String label, double y) {
        p.text(label.toUpperCase(context.text().language()), ReportLook.MARGIN,
                y + PageCanvas.MEASURER.ascent(FontFace.BOLD, LABEL), FontFace.BOLD, LABEL, context.accent());
        return y + PageCanvas.MEASURER.lineHeight(FontFace.BOLD, LABEL) + 6;
    }

    private double paragraph(PdfPainter p, String s, FontFace face, double y, int maxLines, double bottom) {
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
