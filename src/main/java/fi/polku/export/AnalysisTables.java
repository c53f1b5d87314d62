package fi.polku.export;

import fi.polku.layout.MetricLabels;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.metrics.ValueFormula;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables that take the analysis away in a spreadsheet: the opportunities with their value estimates
 * (factors, their sources, the yearly value and its formula), and the importance-performance analysis,
 * one row per measured touchpoint and metric (status, gap in the metric's own unit, quadrant, priority).
 */
public final class AnalysisTables {
    /** Where the yearly value's factors sit in an opportunity row: the value cell multiplies these. */
    private static final int FIRST_FACTOR = 3;

    private AnalysisTables() {
    }

    /** One row per opportunity in the map's order; one without an estimate has empty value cells. */
    public static Table opportunities(JourneyMap map) {
        Locale language = Localization.ofTag(map.language());
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.text(text(language, "column.id"), 8),
                TableColumn.text(text(language, "column.opportunity"), 40),
                TableColumn.text(text(language, "column.touchpoints"), 30)));
        for (ValueFactor f : ValueFactor.values()) {
            String header = text(language, "column.factor." + f.name());
            columns.add(f == ValueFactor.SHARE_CONVERTING ? TableColumn.percent(header) : TableColumn.number(header));
        }
        for (ValueFactor f : ValueFactor.values()) {
            columns.add(TableColumn.text(Localization.format(language, "column.factorSource",
                    text(language, "column.factor." + f.name())), 24));
        }
        columns.add(TableColumn.text(text(language, "column.currency"), 8));
        columns.add(TableColumn.number(text(language, "column.yearlyValue")));
        columns.add(TableColumn.text(text(language, "column.formula"), 60));
        List<Integer> factorColumns = new ArrayList<>();
        for (int i = 0; i < ValueFactor.values().length; i++) {
            factorColumns.add(FIRST_FACTOR + i);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Opportunity o : map.opportunities()) {
            List<Object> row = new ArrayList<>(List.of(o.id(), o.text(), touchpointTitles(map, o)));
            ValueEstimate e = o.estimate();
            for (ValueFactor f : ValueFactor.values()) {
                row.add(e == null ? null : f.of(e));
            }
            for (ValueFactor f : ValueFactor.values()) {
                row.add(e == null ? null : source(language, e.source(f)));
            }
            row.add(e == null ? null : e.currency());
            row.add(e == null ? null : new TableProduct(factorColumns, e.yearlyValue()));
            row.add(e == null ? null : formula(language, e));
            rows.add(row);
        }
        return new Table(text(language, "sheet.opportunities"), columns, rows, language);
    }

    /**
     * One row per touchpoint and metric that measures it, in reading order and then the map's metric order,
     * as {@link TouchpointAnalysis} sees them with the first crosshair it offers.
     */
    public static Table analysis(JourneyMap map) {
        Locale language = Localization.ofTag(map.language());
        List<TableColumn> columns = List.of(TableColumn.text(text(language, "column.id"), 8),
                TableColumn.text(text(language, "column.stage"), 18), TableColumn.text(text(language, "column.lane"), 18),
                TableColumn.text(text(language, "column.touchpoint"), 40),
                TableColumn.text(text(language, "column.metric"), 10), TableColumn.text(text(language, "column.unit"), 7),
                TableColumn.number(text(language, "column.value")), TableColumn.number(text(language, "column.target")),
                TableColumn.status(text(language, "column.status")), TableColumn.number(text(language, "column.gap")),
                TableColumn.number(text(language, "column.importance")),
                TableColumn.text(text(language, "column.quadrant"), 22),
                TableColumn.number(text(language, "column.priority")));
        Crosshair crosshair = Crosshair.values()[0];
        Map<MetricDefinition, Map<String, TouchpointRow>> byMetric = new LinkedHashMap<>();
        List<Touchpoint> order = List.of();
        for (MetricDefinition m : TouchpointTables.usedMetrics(map)) {
            TouchpointAnalysis analysis = TouchpointAnalysis.of(map, m.id(), crosshair);
            Map<String, TouchpointRow> rows = new LinkedHashMap<>();
            analysis.rows().forEach(r -> rows.put(r.touchpoint().id(), r));
            byMetric.put(m, rows);
            order = analysis.rows().stream().map(TouchpointRow::touchpoint).toList();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Touchpoint t : order) {
            for (Map.Entry<MetricDefinition, Map<String, TouchpointRow>> e : byMetric.entrySet()) {
                TouchpointRow r = e.getValue().get(t.id());
                if (r.measurement() == null) {
                    continue;
                }
                MetricDefinition m = e.getKey();
                List<Object> row = new ArrayList<>();
                row.add(t.id());
                row.add(map.stage(t.stageId()).map(Stage::name).orElse(t.stageId()));
                row.add(map.lane(t.laneId()).map(Lane::name).orElse(t.laneId()));
                row.add(t.title());
                row.add(MetricLabels.name(m, language));
                row.add(MetricLabels.unit(m, language));
                row.add(r.measurement().value());
                row.add(r.target());
                row.add(r.status().text().in(language));
                row.add(r.gap() == null ? null : tidy(r.gap() * (m.max() - m.min()) / 100));
                row.add(r.importance());
                row.add(r.quadrant() == null ? null : r.quadrant().text().in(language));
                row.add(r.priority() == null ? null : Math.round(r.priority() * 100) / 100.0);
                rows.add(row);
            }
        }
        return new Table(text(language, "sheet.analysis"), columns, rows, language);
    }

    /** The estimate's sum written out, e.g. "40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000". */
    static String formula(Locale language, ValueEstimate e) {
        return ValueFormula.inWords(e, language);
    }

    /** "observed – ticket counts, week 44", or whichever of the two there is. */
    private static String source(Locale language, FactorSource s) {
        if (s == null) {
            return null;
        }
        String evidence = s.evidence() == null ? "" : text(language, "legend.evidence." + s.evidence().name());
        if (evidence.isEmpty() || s.note().isBlank()) {
            return evidence + s.note();
        }
        return Localization.format(language, "cell.factorSource", evidence, s.note());
    }

    private static String touchpointTitles(JourneyMap map, Opportunity o) {
        return String.join(", ", o.touchpointIds().stream()
                .map(id -> map.touchpoint(id).map(Touchpoint::title).orElse(id)).toList());
    }

    /** Without the binary noise of a difference (6.0 − 5.2 = 0.7999999999999998 becomes 0.8). */
    private static double tidy(double v) {
        return new BigDecimal(v).round(new MathContext(10)).doubleValue();
    }

    private static String text(Locale language, String key) {
        return Localization.text(language, key);
    }
}
