package fi.polku.export.report;

import fi.polku.layout.FontFace;
import fi.polku.metrics.MapOrder;
import fi.polku.metrics.MetricResult;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * How the numbers were made: what priority, interval, evidence and yearly value mean, then every score of
 * the map with its n, 95 % interval, period, evidence level and source; small samples are flagged.
 */
final class MethodSection {
    private MethodSection() {
    }

    static ReportSection section(ReportContext context) {
        ReportText text = context.text();
        JourneyMap map = context.map();
        double width = context.sheet().contentWidth();
        List<Block> blocks = new ArrayList<>();
        for (String key : List.of("report.method.scores", "report.method.smallSample", "report.method.evidence",
                "report.method.priority", "report.method.value")) {
            // Reference text, set a little smaller than body text so that the scores start on the same page.
            blocks.add(Paragraph.of(text.get(key, MetricResult.SMALL_SAMPLE), FontFace.REGULAR, 9, ReportLook.INK,
                    width, 5, false));
        }
        blocks.add(Paragraph.heading(text.get("report.method.tableHeading"), width));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        boolean anySmall = false;
        for (Touchpoint t : MapOrder.touchpoints(map)) {
            String stage = map.stage(t.stageId()).map(Stage::name).orElse("");
            for (Measurement m : t.measurements()) {
                MetricDefinition metric = map.metric(m.metric()).orElse(null);
                if (metric == null) {
                    continue;
                }
                boolean small = m.n() != null && m.n() < MetricResult.SMALL_SAMPLE;
                anySmall |= small;
                rows.add(List.of(
                        new PdfTable.Cell(t.title(), FontFace.BOLD, ReportLook.INK, stage),
                        PdfTable.Cell.of(text.metricName(metric), text.metricUnit(metric)),
                        PdfTable.Cell.of(text.metricNumber(metric, m.value())),
                        m.n() == null ? PdfTable.Cell.of("–")
                                : small ? new PdfTable.Cell(text.count(m.n()), FontFace.BOLD, ReportLook.CAUTION,
                                text.get("report.method.small"))
                                : PdfTable.Cell.of(text.count(m.n())),
                        PdfTable.Cell.of(m.hasInterval() ? text.get("report.method.interval",
                                text.metricNumber(metric, m.ciLow()), text.metricNumber(metric, m.ciHigh())) : "–"),
                        PdfTable.Cell.of(period(text, m)),
                        PdfTable.Cell.of(text.get("legend.evidence." + m.evidence().name()), m.source())));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(Paragraph.body(text.get("report.method.noScores"), width));
        } else {
            blocks.add(PdfTable.of(List.of(
                    new PdfTable.Column(text.get("report.column.touchpoint"), 2.15, false),
                    new PdfTable.Column(text.get("report.column.metric"), 1.0, false),
                    new PdfTable.Column(text.get("report.column.value"), 0.7, true),
                    new PdfTable.Column(text.get("report.column.n"), 0.65, true),
                    new PdfTable.Column(text.get("report.column.interval"), 1.2, true),
                    new PdfTable.Column(text.get("report.column.period"), 1.2, false),
                    new PdfTable.Column(text.get("report.column.evidence"), 1.6, false)), rows, width));
            if (anySmall) {
                blocks.add(Paragraph.note(text.get("report.method.smallNote", MetricResult.SMALL_SAMPLE), width));
            }
        }
        return FlowPages.section(context, text.get("report.section.method"), blocks);
    }

    private static String period(ReportText text, Measurement m) {
        if (m.date() == null && m.dateFrom() == null) {
            return "–";
        }
        if (m.dateFrom() == null || m.date() == null || m.dateFrom().equals(m.date())) {
            return text.date(m.date() != null ? m.date() : m.dateFrom());
        }
        return text.get("report.method.period", text.date(m.dateFrom()), text.date(m.date()));
    }
}
