package fi.polku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.metrics.FeelingGaps;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;

import java.util.List;

/** The JSON that {@code polku analyze --json} prints: every number as computed, never rounded. */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    static String of(JourneyMap map, String crosshair, List<TouchpointAnalysis> analyses, MatrixAnalysis matrix) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("map", map.id());
        root.put("title", map.title());
        root.put("crosshair", crosshair);
        ArrayNode metrics = root.putArray("metrics");
        for (TouchpointAnalysis a : analyses) {
            metrics.add(analysis(a));
        }
        root.set("matrix", matrix(matrix));
        ArrayNode gaps = root.putArray("feelingGaps");
        for (FeelingGaps.Gap g : FeelingGaps.of(map, java.util.Locale.ENGLISH)) {
            ObjectNode o = gaps.addObject();
            o.put("id", g.touchpoint().id());
            o.put("title", g.touchpoint().title());
            o.put("experienced", g.experienced());
            o.put("feeling", g.feeling() == null ? null : g.feeling().id());
            o.put("intended", g.intended().emotion());
            o.put("intendedFeeling", g.intended().id());
            o.put("gap", g.gap());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; failing here is a bug.
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode analysis(TouchpointAnalysis a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("metric", a.metric().id());
        o.put("name", a.metric().name());
        ObjectNode position = o.putObject("crosshairAt");
        position.put("importance", a.position().importance());
        position.put("performance", a.position().performance());
        ArrayNode rows = o.putArray("touchpoints");
        for (TouchpointRow r : a.rows()) {
            if (r.measurement() != null) {
                rows.add(row(r));
            }
        }
        ArrayNode ranking = o.putArray("priorityRanking");
        a.priorityRanking().forEach(r -> ranking.add(r.touchpoint().id()));
        JourneyScore score = a.journeyScore();
        ObjectNode journey = o.putObject("journeyScore");
        journey.put("overall", score.overall());
        journey.put("touchpoints", score.touchpoints());
        ArrayNode stages = journey.putArray("stages");
        for (JourneyScore.StageScore s : score.stages()) {
            ObjectNode stage = stages.addObject();
            stage.put("stage", s.stage().id());
            stage.put("name", s.stage().name());
            stage.put("score", s.score());
            stage.put("touchpoints", s.touchpoints());
        }
        return o;
    }

    private static ObjectNode row(TouchpointRow r) {
        ObjectNode o = MAPPER.createObjectNode();
        Measurement m = r.measurement();
        o.put("id", r.touchpoint().id());
        o.put("title", r.touchpoint().title());
        o.put("stage", r.touchpoint().stageId());
        o.put("lane", r.touchpoint().laneId());
        o.put("importance", r.importance());
        o.put("value", m.value());
        o.put("n", m.n());
        o.put("ciLow", m.ciLow());
        o.put("ciHigh", m.ciHigh());
        o.put("smallSample", m.n() != null && m.n() < MetricResult.SMALL_SAMPLE);
        o.put("performance", r.performance());
        o.put("target", r.target());
        o.put("status", r.status().name());
        o.put("quadrant", r.quadrant() == null ? null : r.quadrant().name());
        o.put("gap", r.gap());
        o.put("priority", r.priority());
        addTargetFields(o, r);
        return o;
    }

    /** The fields the target crosshair added: the gap in the metric's unit and the point's place. */
    private static void addTargetFields(ObjectNode o, TouchpointRow r) {
        o.put("unitGap", r.unitGap());
        o.put("targetDistance", r.targetDistance());
        o.put("matrixPerformance", r.matrixPerformance());
    }

    /**
     * Every measured touchpoint by its key metric, as the default matrix places it: {@code matrixPerformance}
     * is the y coordinate (distance from target under the target crosshair), {@code apart} marks those
     * listed beside the matrix for lack of a target.
     */
    private static ObjectNode matrix(MatrixAnalysis m) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode position = o.putObject("crosshairAt");
        position.put("importance", m.position().importance());
        position.put("performance", m.position().performance());
        ArrayNode points = o.putArray("touchpoints");
        for (List<TouchpointRow> list : List.of(m.plotted(), m.withoutTarget(), m.withoutImportance())) {
            for (TouchpointRow r : list) {
                ObjectNode p = points.addObject();
                p.put("id", r.touchpoint().id());
                p.put("metric", r.metric().id());
                p.put("importance", r.importance());
                p.put("value", r.measurement().value());
                p.put("target", r.target());
                p.put("status", r.status().name());
                p.put("quadrant", r.quadrant() == null ? null : r.quadrant().name());
                p.put("gap", r.gap());
                addTargetFields(p, r);
                p.put("apart", list == m.withoutTarget());
            }
        }
        return o;
    }
}
