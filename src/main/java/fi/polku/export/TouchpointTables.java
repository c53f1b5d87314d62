package fi.polku.export;

import fi.polku.layout.MetricLabels;
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
import fi.polku.text.Localization;

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

    /**
     * One row per touchpoint in reading order (stage by stage, lane by lane), with headers and status and
     * evidence words in the map's language; numbers, ids and the map's own texts as they are.
     */
    public static Table touchpoints(JourneyMap map) {
        Locale language = Localization.ofTag(map.language());
        Words w = new Words(language);
        List<MetricDefinition> metrics = usedMetrics(map);
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.text(w.column("id"), 8),
                TableColumn.text(w.column("stage"), 18), TableColumn.text(w.column("lane"), 18),
                TableColumn.text(w.column("touchpoint"), 40), TableColumn.number(w.column("importance")),
                TableColumn.number(w.column("emotion")), TableColumn.text(w.column("evidence"), 10),
                TableColumn.text(w.column("owner"), 14)));
        Map<String, Map<String, TouchpointRow>> analysed = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            String name = MetricLabels.name(m, language);
            String unit = MetricLabels.unit(m, language);
            columns.add(TableColumn.number(unit.isEmpty() ? name : w.metric("value", name, unit)));
            columns.add(TableColumn.integer(w.metric("n", name)));
            columns.add(TableColumn.number(w.metric("low", name)));
            columns.add(TableColumn.number(w.metric("high", name)));
            columns.add(TableColumn.number(w.metric("target", name)));
            columns.add(TableColumn.status(w.metric("status", name)));
            columns.add(TableColumn.number(w.metric("gap", name)));
            columns.add(TableColumn.number(w.metric("priority", name)));
            columns.add(TableColumn.text(w.metric("evidence", name), 10));
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
            row.add(w.evidence(t.evidence()));
            row.add(t.owner());
            for (MetricDefinition m : metrics) {
                TouchpointRow r = analysed.get(m.id()).get(t.id());
                Measurement ms = r.measurement();
                row.add(ms == null ? null : ms.value());
                row.add(ms == null ? null : ms.n());
                row.add(ms == null ? null : ms.ciLow());
                row.add(ms == null ? null : ms.ciHigh());
                row.add(r.target());
                row.add(ms == null ? null : r.status().text().in(language));
                row.add(round(r.gap()));
                row.add(round(r.priority()));
                row.add(ms == null ? null : w.evidence(ms.evidence()));
            }
            rows.add(row);
        }
        return new Table(w.text("sheet.touchpoints"), columns, rows, language);
    }

    /** Every measurement of every touchpoint, in reading order and then in the order they are listed. */
    public static Table measurements(JourneyMap map) {
        Locale language = Localization.ofTag(map.language());
        Words w = new Words(language);
        List<TableColumn> columns = List.of(TableColumn.text(w.column("id"), 8),
                TableColumn.text(w.column("touchpoint"), 40), TableColumn.text(w.column("stage"), 18),
                TableColumn.text(w.column("lane"), 18), TableColumn.text(w.column("metric"), 10),
                TableColumn.number(w.column("value")), TableColumn.text(w.column("unit"), 7),
                TableColumn.integer(w.column("n")), TableColumn.number(w.column("low")),
                TableColumn.number(w.column("high")), TableColumn.text(w.column("from"), 11),
                TableColumn.text(w.column("date"), 11), TableColumn.text(w.column("source"), 18),
                TableColumn.text(w.column("evidence"), 10));
        List<List<Object>> rows = new ArrayList<>();
        for (Touchpoint t : readingOrder(map)) {
            for (Measurement m : t.measurements()) {
                MetricDefinition def = map.metric(m.metric()).orElse(null);
                List<Object> row = new ArrayList<>();
                row.add(t.id());
                row.add(t.title());
                row.add(stageName(map, t));
                row.add(laneName(map, t));
                row.add(def == null ? m.metric() : MetricLabels.name(def, language));
                row.add(m.value());
                row.add(def == null ? "" : MetricLabels.unit(def, language));
                row.add(m.n());
                row.add(m.ciLow());
                row.add(m.ciHigh());
                // Dates stay ISO (2026-11-03): a spreadsheet sorts them, and they mean the same in any language.
                row.add(m.dateFrom() == null ? null : m.dateFrom().toString());
                row.add(m.date() == null ? null : m.date().toString());
                row.add(m.source());
                row.add(w.evidence(m.evidence()));
                rows.add(row);
            }
        }
        return new Table(w.text("sheet.measurements"), columns, rows, language);
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

    /** The words of one table in one language. */
    private record Words(Locale language) {
        String text(String key) {
            return Localization.text(language, key);
        }

        String column(String name) {
            return text("column." + name);
        }

        String metric(String column, Object... args) {
            return Localization.format(language, "column.metric." + column, args);
        }

        /** Evidence as the legend words it: "observed", "havaittu"... */
        String evidence(EvidenceLevel e) {
            return e == null ? null : text("legend.evidence." + e.name());
        }
    }

    // Gap and priority are derived numbers; two decimals are all a reader can use.
    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }
}
