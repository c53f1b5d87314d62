package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey score and the priority ranking of one metric as round A and round B each give them, and the
 * change between them. Each round is analysed as {@link TouchpointAnalysis} analyses a map, with only that
 * round's measurements; a touchpoint measured in one round only counts in that round's score.
 *
 * @param stages  per stage of the map: its score in A and B and the change
 * @param ranking every touchpoint ranked in either round, by its rank in B, then those ranked only in A
 */
public record RoundScores(String metricId, JourneyScore scoreA, JourneyScore scoreB, List<StageChange> stages,
                          List<RankChange> ranking) {
    public RoundScores {
        stages = List.copyOf(stages);
        ranking = List.copyOf(ranking);
    }

    /** One stage's score in both rounds; null where the round measured none of its touchpoints. */
    public record StageChange(Stage stage, Double scoreA, Double scoreB) {
        public Double change() {
            return scoreA == null || scoreB == null ? null : scoreB - scoreA;
        }
    }

    /**
     * A touchpoint's place in the two rankings.
     *
     * @param rankA 1 = highest priority in round A, 0 when not ranked there (at or above target, or not measured)
     * @param rowA  its analysis line in round A (importance, gap, priority), null when not ranked there
     */
    public record RankChange(Touchpoint touchpoint, int rankA, int rankB, TouchpointRow rowA, TouchpointRow rowB) {
        /** Places moved up (positive) or down from A to B; null unless ranked in both. */
        public Integer movement() {
            return rankA > 0 && rankB > 0 ? rankA - rankB : null;
        }

        /** Priority B − A, counting an unranked side as 0 (at or above target); null if unknown in a round. */
        public Double priorityChange() {
            return priority(rowB) - priority(rowA);
        }

        private static double priority(TouchpointRow r) {
            return r == null || r.priority() == null ? 0 : r.priority();
        }
    }

    /** The overall journey score B − A, or null when a round has none. */
    public Double change() {
        return scoreA.overall() == null || scoreB.overall() == null ? null : scoreB.overall() - scoreA.overall();
    }

    /** The scores and rankings of {@code metricId} in rounds A and B of a map. */
    public static RoundScores of(JourneyMap map, Round a, Round b, String metricId) {
        // Quadrants play no part in the score or the ranking: any crosshair gives the same numbers.
        TouchpointAnalysis inA = TouchpointAnalysis.of(a.select(map), metricId, Crosshair.SCALE_MIDPOINTS);
        TouchpointAnalysis inB = TouchpointAnalysis.of(b.select(map), metricId, Crosshair.SCALE_MIDPOINTS);
        List<StageChange> stages = new ArrayList<>();
        for (int i = 0; i < map.stages().size(); i++) {
            stages.add(new StageChange(map.stages().get(i), inA.journeyScore().stages().get(i).score(),
                    inB.journeyScore().stages().get(i).score()));
        }
        return new RoundScores(metricId, inA.journeyScore(), inB.journeyScore(), stages,
                ranking(inA.priorityRanking(), inB.priorityRanking()));
    }

    private static List<RankChange> ranking(List<TouchpointRow> a, List<TouchpointRow> b) {
        Map<String, Integer> rankA = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            rankA.put(a.get(i).touchpoint().id(), i);
        }
        List<RankChange> out = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            TouchpointRow rowB = b.get(i);
            Integer inA = rankA.remove(rowB.touchpoint().id());
            out.add(new RankChange(rowB.touchpoint(), inA == null ? 0 : inA + 1, i + 1,
                    inA == null ? null : a.get(inA), rowB));
        }
        for (Map.Entry<String, Integer> left : rankA.entrySet()) {
            TouchpointRow rowA = a.get(left.getValue());
            out.add(new RankChange(rowA.touchpoint(), left.getValue() + 1, 0, rowA, null));
        }
        return out;
    }
}
