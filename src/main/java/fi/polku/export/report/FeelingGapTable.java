package fi.polku.export.report;

import fi.polku.metrics.FeelingGaps;
import fi.polku.model.Feeling;
import fi.polku.model.Stage;
import fi.polku.render.chart.ChartText;

import java.util.ArrayList;
import java.util.List;

/**
 * After the priorities: the touchpoints where what customers feel is furthest from the feeling the
 * company aims for, in the map's language. Nothing at all when no touchpoint has an intended feeling.
 */
final class FeelingGapTable {
    /** How many gaps the report lists; the analysis in the app has the rest. */
    static final int TOP = 10;

    private FeelingGapTable() {
    }

    static List<Block> blocks(ReportContext context, double width) {
        ReportText text = context.text();
        List<FeelingGaps.Gap> gaps = FeelingGaps.of(context.map(), text.language());
        if (gaps.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.heading(text.get("report.gaps.heading"), width));
        blocks.add(Paragraph.body(text.get("report.gaps.intro"), width));
        List<PdfTable.Column> columns = List.of(
                new PdfTable.Column(text.get("report.column.rank"), 0.35, true),
                new PdfTable.Column(text.get("report.column.touchpoint"), 2.3, false),
                new PdfTable.Column(text.get("report.gaps.experienced"), 1.5, false),
                new PdfTable.Column(text.get("report.gaps.intended"), 1.5, false),
                new PdfTable.Column(text.get("report.gaps.gap"), 0.7, true));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, gaps.size()); i++) {
            FeelingGaps.Gap g = gaps.get(i);
            String stage = context.map().stage(g.touchpoint().stageId()).map(Stage::name).orElse("");
            rows.add(List.of(
                    PdfTable.Cell.of(Integer.toString(i + 1)),
                    new PdfTable.Cell(g.touchpoint().title(), fi.polku.layout.FontFace.BOLD, ReportLook.INK, stage),
                    felt(text, g.experienced(), g.feeling()),
                    felt(text, g.intended().emotion(), g.intended()),
                    PdfTable.Cell.bold(ChartText.signed(text.language(), g.gap()))));
        }
        blocks.add(PdfTable.of(columns, rows, width));
        if (gaps.size() > TOP) {
            blocks.add(Paragraph.note(text.get("report.gaps.more", TOP, gaps.size()), width));
        }
        return blocks;
    }

    private static PdfTable.Cell felt(ReportText text, double value, Feeling named) {
        String number = ChartText.signed(text.language(), value);
        return named == null ? PdfTable.Cell.of(number) : PdfTable.Cell.of(named.name(), number);
    }
}
