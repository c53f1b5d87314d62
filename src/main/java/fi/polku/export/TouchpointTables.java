package fi.polku.export;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables a map exports to spreadsheets: one row per touchpoint with every used metric's score,
 * target, status, gap and priority (all from the metrics engine), and one row per measurement.
 */
public final class TouchpointTables {
    private TouchpointTables() {
    }

    /** One row per touchpoint in reading order (stage by stage, lane by lane). */
    public static Table touchpoints(JourneyMap map) {
        List<MetricDefinition> metrics = usedMetrics(map);
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.text("ID", 8), TableColumn.text("Stage", 18),
                TableColumn.text("Lane", 18), TableColumn.text("Touchpoint", 40), TableColumn.number("Importance"),
                TableColumn.number("Emotion"), TableColumn.text("Evidence", 10), TableColumn.text("Owner", 14)));
        Map<String, Map<String, TouchpointRow>> analysed = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            String name = m.name();
            columns.add(TableColumn.number(m.unit().isEmpty() ? name : name + " (" + m.unit() + ")"));
            columns.add(TableColumn.integer(name + " n"));
            columns.add(TableColumn.number(name + " 95% low"));
            columns.add(TableColumn.number(name + " 95% high"));
            columns.add(TableColumn.number(name + " target"));
            columns.add(TableColumn.status(name + " status"));
            columns.add(TableColumn.number(name + " gap"));
            columns.add(TableColumn.number(name + " priority"));
            columns.add(TableColumn.text(name + " evidence", 10));
            TouchpointAnalysis analysis = TouchpointAnalysis.of(map, m.id(), Crosshair.DATA_MEANS);
            Map<String, TouchpointRow> byId = new LinkedHashMap<>();
            for (TouchpointRow r : analysis.rows()) {
                byId.put(r.touchpoint().id(), r);
            }
            analysed.put(m.id(), byId);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Touchpoint t : readingOrder(map)) {
            List<Object> row = new ArrayList<>(List.of(t.id(), stageName(map, t), laneName(map, t), t.title()));
            row.add(t.importance());
            row.add(t.emotion());
            row.add(evidence(t.evidence()));
            row.add(t.owner());
            for (MetricDefinition m : metrics) {
                TouchpointRow r = analysed.get(m.id()).get(t.id());
                Measurement ms = r.measurement();
                row.add(ms == null ? null : ms.value());
                row.add(ms == null ? null : ms.n());
                row.add(ms == null ? null : ms.ciLow());
                row.add(ms == null ? null : ms.ciHigh());
                row.add(r.target());
                row.add(ms == null ? null : r.status().text().toString());
                row.add(round(r.gap()));
                row.add(round(r.priority()));
                row.add(ms == null ? null : evidence(ms.evidence()));
            }
            rows.add(row);
        }
        return new Table("Touchpoints", columns, rows);
    }

    /** Every measurement of every touchpoint, in reading order and then in the order they are listed. */
    public static Table measurements(JourneyMap map) {
        List<TableColumn> columns = List.of(TableColumn.text("ID", 8), TableColumn.text("Touchpoint", 40),
                TableColumn.text("Stage", 18), TableColumn.text("Lane", 18), TableColumn.text("Metric", 10),
                TableColumn.number("Value"), TableColumn.text("Unit", 7), TableColumn.integer("n"),
                TableColumn.number("95% low"), TableColumn.number("95% high"), TableColumn.text("From", 11),
                TableColumn.text("Date", 11), TableColumn.text("Source", 18), TableColumn.text("Evidence", 10));
        List<List<Object>> rows = new ArrayList<>();
        for (Touchpoint t : readingOrder(map)) {
            for (Measurement m : t.measurements()) {
                MetricDefinition def = map.metric(m.metric()).orElse(null);
                List<Object> row = new ArrayList<>();
                row.add(t.id());
                row.add(t.title());
                row.add(stageName(map, t));
                row.add(laneName(map, t));
                row.add(def == null ? m.metric() : def.name());
                row.add(m.value());
                row.add(def == null ? "" : def.unit());
                row.add(m.n());
                row.add(m.ciLow());
                row.add(m.ciHigh());
                row.add(m.dateFrom() == null ? null : m.dateFrom().toString());
                row.add(m.date() == null ? null : m.date().toString());
                row.add(m.source());
                row.add(evidence(m.evidence()));
                rows.add(row);
            }
        }
        return new Table("Measurements", columns, rows);
    }

    /** Stage by stage, lane by lane, as the metrics engine orders every analysis (the metric does not matter). */
    private static List<Touchpoint> readingOrder(JourneyMap map) {
        return TouchpointAnalysis.of(map, MetricDefinition.NPS, Crosshair.DATA_MEANS).rows().stream()
                .map(TouchpointRow::touchpoint).toList();
    }

    /** Built-in and custom metrics that some touchpoint measures or targets, in the map's metric order. */
    static List<MetricDefinition> usedMetrics(JourneyMap map) {
        List<MetricDefinition> used = new ArrayList<>();
        for (MetricDefinition m : map.allMetrics()) {
            boolean any = map.touchpoints().stream().anyMatch(t -> t.targets().containsKey(m.id())
                    || t.measurements().stream().anyMatch(ms -> ms.metric().equals(m.id())));
            if (any) {
                used.add(m);
            }
        }
        return used;
    }

    private static String stageName(JourneyMap map, Touchpoint t) {
        return map.stage(t.stageId()).map(Stage::name).orElse(t.stageId());
    }

    private static String laneName(JourneyMap map, Touchpoint t) {
        return map.lane(t.laneId()).map(Lane::name).orElse(t.laneId());
    }

    private static String evidence(EvidenceLevel e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    // Gap and priority are derived numbers; two decimals are all a reader can use.
    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }
}
