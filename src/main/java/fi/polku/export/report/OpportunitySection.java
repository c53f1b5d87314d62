package fi.polku.export.report;

import fi.polku.layout.FontFace;
import fi.polku.metrics.ValueFormula;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The opportunities, most valuable first, each with its yearly value, the formula with its five factors,
 * and where each factor comes from when the estimate says; those without an estimate follow.
 */
final class OpportunitySection {
    private OpportunitySection() {
    }

    static ReportSection section(ReportContext context) {
        ReportText text = context.text();
        JourneyMap map = context.map();
        double width = context.sheet().contentWidth();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.body(text.get("report.opportunities.intro"), width));
        if (map.opportunities().isEmpty()) {
            blocks.add(Paragraph.body(text.get("report.opportunities.none"), width));
            return FlowPages.section(context, text.get("report.section.opportunities"), blocks);
        }
        List<Opportunity> ordered = new ArrayList<>(map.opportunities());
        // Valued first, most valuable first; the rest keep the map's order.
        ordered.sort(Comparator.comparing((Opportunity o) -> o.estimate() == null)
                .thenComparing(o -> o.estimate() == null ? 0 : -o.estimate().yearlyValue()));
        List<PdfTable.Column> columns = List.of(
                new PdfTable.Column(text.get("report.column.opportunity"), 2.2, false),
                new PdfTable.Column(text.get("report.column.formula"), 2.6, false),
                new PdfTable.Column(text.get("report.column.yearlyValue"), 1.05, true));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        for (Opportunity o : ordered) {
            String linked = String.join(", ", o.touchpointIds().stream()
                    .map(id -> map.touchpoint(id).map(Touchpoint::title).orElse(null))
                    .filter(Objects::nonNull).toList());
            PdfTable.Cell what = new PdfTable.Cell(o.text().isBlank() ? text.get("report.opportunities.untitled")
                    : o.text(), FontFace.BOLD, ReportLook.INK,
                    linked.isEmpty() ? "" : text.get("report.opportunities.touchpoints", linked));
            ValueEstimate e = o.estimate();
            if (e == null) {
                rows.add(List.of(what, PdfTable.Cell.of(text.get("report.opportunities.notEstimated")),
                        PdfTable.Cell.of("–")));
            } else {
                rows.add(List.of(what, PdfTable.Cell.of(formula(text, e), sources(text, e)),
                        PdfTable.Cell.bold(text.money(e.yearlyValue(), e.currency()))));
            }
        }
        blocks.add(PdfTable.of(columns, rows, width));
        blocks.add(Paragraph.note(text.get("report.opportunities.note"), width));
        return FlowPages.section(context, text.get("report.section.opportunities"), blocks);
    }

    /** The factors with their units, multiplied out to the yearly value. */
    static String formula(ReportText text, ValueEstimate e) {
        return ValueFormula.inWords(e, text.language(), "report.value.formula");
    }

    /** One line per factor with a stated source: its name, evidence level and note. */
    private static String sources(ReportText text, ValueEstimate e) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<ValueFactor, FactorSource> s : e.sources().entrySet()) {
            FactorSource source = s.getValue();
            String evidence = source.evidence() == null ? "" : text.get("legend.evidence." + source.evidence().name());
            String said = evidence.isEmpty() ? source.note() : source.note().isBlank() ? evidence
                    : evidence + ", " + source.note();
            lines.add(text.get("report.factor." + s.getKey().name()) + ": " + said);
        }
        return String.join("\n", lines);
    }
}
