package fi.polku.export.report;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The touchpoints that matter most and fall furthest below their targets, whatever metric measures them,
 * each with its sum (importance × gap = priority) so that the order can be checked by hand.
 */
final class PrioritySection {
    /** How many priorities the report lists; the analysis in the app has the rest. */
    static final int TOP = 10;

    private PrioritySection() {
    }

    /** One ranked touchpoint with the metric it is ranked by. */
    record Ranked(TouchpointRow row, MetricDefinition metric) {
    }

    /** Every touchpoint below its target for any measured metric, highest priority first. */
    static List<Ranked> ranking(JourneyMap map) {
        List<Ranked> all = new ArrayList<>();
        for (MetricDefinition m : map.allMetrics()) {
            boolean measured = map.touchpoints().stream()
                    .anyMatch(t -> t.measurements().stream().anyMatch(x -> x.metric().equals(m.id())));
            if (measured) {
                // Quadrants play no part in the ranking; the crosshair does not matter here.
                for (TouchpointRow r : TouchpointAnalysis.of(map, m.id(), Crosshair.SCALE_MIDPOINTS).priorityRanking()) {
                    all.add(new Ranked(r, m));
                }
            }
        }
        all.sort(Comparator.comparingDouble((Ranked r) -> r.row().priority()).reversed()
                .thenComparing(Comparator.comparingDouble((Ranked r) -> r.row().importance()).reversed()));
        return all;
    }

    static ReportSection section(ReportContext context) {
        ReportText text = context.text();
        double width = context.sheet().contentWidth();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.body(text.get("report.priorities.intro"), width));
        List<Ranked> ranking = ranking(context.map());
        if (ranking.isEmpty()) {
            blocks.add(Paragraph.body(text.get("report.priorities.none"), width));
            blocks.addAll(FeelingGapTable.blocks(context, width));
            return FlowPages.section(context, text.get("report.section.priorities"), blocks);
        }
        List<PdfTable.Column> columns = List.of(
                new PdfTable.Column(text.get("report.column.rank"), 0.35, true),
                new PdfTable.Column(text.get("report.column.touchpoint"), 2.3, false),
                new PdfTable.Column(text.get("report.column.score"), 1.45, false),
                new PdfTable.Column(text.get("report.column.prioritySum"), 1.9, false),
                new PdfTable.Column(text.get("report.column.n"), 0.6, true));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        boolean anySmall = false;
        for (int i = 0; i < Math.min(TOP, ranking.size()); i++) {
            Ranked r = ranking.get(i);
            TouchpointRow row = r.row();
            Integer n = row.measurement().n();
            boolean small = n != null && n < MetricResult.SMALL_SAMPLE;
            anySmall |= small;
            String stage = context.map().stage(row.touchpoint().stageId()).map(Stage::name).orElse("");
            rows.add(List.of(
                    PdfTable.Cell.of(Integer.toString(i + 1)),
                    new PdfTable.Cell(row.touchpoint().title(), fi.polku.layout.FontFace.BOLD, ReportLook.INK, stage),
                    PdfTable.Cell.of(text.metricName(r.metric()) + " " + text.metricValue(r.metric(),
                            row.measurement().value()), text.get("report.priorities.target",
                            text.metricValue(r.metric(), row.target()))),
                    PdfTable.Cell.of(text.of(row.explainPriority())),
                    n == null ? PdfTable.Cell.of("–") : small ? PdfTable.Cell.caution(text.count(n) + " *")
                            : PdfTable.Cell.of(text.count(n))));
        }
        blocks.add(PdfTable.of(columns, rows, width));
        if (ranking.size() > TOP) {
            blocks.add(Paragraph.note(text.get("report.priorities.more", TOP, ranking.size()), width));
        }
        if (anySmall) {
            blocks.add(Paragraph.note(text.get("report.smallSample.note", MetricResult.SMALL_SAMPLE), width));
        }
        blocks.add(Paragraph.note(text.get("report.priorities.gapNote"), width));
        blocks.addAll(FeelingGapTable.blocks(context, width));
        return FlowPages.section(context, text.get("report.section.priorities"), blocks);
    }
}
