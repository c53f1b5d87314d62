package fi.polku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.MetricChange;
import fi.polku.metrics.Round;
import fi.polku.metrics.RoundComparison;
import fi.polku.metrics.RoundScores;
import fi.polku.metrics.Rounds;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;

/** The JSON that {@code polku compare --json} prints: fixed keys in every language, numbers unrounded. */
final class CompareJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareJson() {
    }

    static String of(RoundComparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("map", c.map().id());
        root.put("title", c.map().title());
        root.set("roundA", round(c, c.a()));
        root.set("roundB", round(c, c.b()));
        ArrayNode changes = root.putArray("changes");
        for (MetricChange ch : c.changes()) {
            changes.add(change(ch));
        }
        ArrayNode scores = root.putArray("scores");
        for (MetricDefinition m : c.metrics()) {
            scores.add(scores(c.scores(m.id())));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; failing here is a bug.
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode round(RoundComparison c, Round r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", r.name());
        o.put("from", r.from() == null ? null : r.from().toString());
        o.put("to", r.to() == null ? null : r.to().toString());
        o.put("measurements", Rounds.count(c.map(), r));
        return o;
    }

    private static ObjectNode change(MetricChange ch) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("touchpoint", ch.touchpoint().id());
        o.put("title", ch.touchpoint().title());
        o.put("metric", ch.metric().id());
        o.put("test", ch.test().name());
        o.set("a", side(ch.a()));
        o.set("b", side(ch.b()));
        o.put("delta", ch.delta());
        o.put("low", ch.interval() == null ? null : ch.interval().low());
        o.put("high", ch.interval() == null ? null : ch.interval().high());
        o.put("df", ch.interval() == null ? null : ch.interval().degreesOfFreedom());
        o.put("verdict", ch.verdict().name());
        o.put("limit", ch.limit().name());
        o.put("smallSample", ch.smallSample());
        return o;
    }

    private static ObjectNode side(Measurement m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("value", m.value());
        o.put("n", m.n());
        o.put("ciLow", m.ciLow());
        o.put("ciHigh", m.ciHigh());
        o.put("date", m.date() == null ? null : m.date().toString());
        return o;
    }

    private static ObjectNode scores(RoundScores s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("metric", s.metricId());
        o.set("a", journey(s.scoreA()));
        o.set("b", journey(s.scoreB()));
        o.put("change", s.change());
        ArrayNode stages = o.putArray("stages");
        for (RoundScores.StageChange st : s.stages()) {
            ObjectNode stage = stages.addObject();
            stage.put("stage", st.stage().id());
            stage.put("a", st.scoreA());
            stage.put("b", st.scoreB());
            stage.put("change", st.change());
        }
        ArrayNode ranking = o.putArray("ranking");
        for (RoundScores.RankChange r : s.ranking()) {
            ObjectNode row = ranking.addObject();
            row.put("touchpoint", r.touchpoint().id());
            row.put("rankA", r.rankA());
            row.put("rankB", r.rankB());
            row.put("priorityA", r.rowA() == null ? null : r.rowA().priority());
            row.put("priorityB", r.rowB() == null ? null : r.rowB().priority());
            row.put("priorityChange", r.priorityChange());
        }
        return o;
    }

    private static ObjectNode journey(JourneyScore score) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("overall", score.overall());
        o.put("touchpoints", score.touchpoints());
        return o;
    }
}
