package fi.polku.metrics;

import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The touchpoints where what customers feel is furthest from the feeling the company aims for: each
 * touchpoint with an intended feeling and an experienced one (its emotion, or else its named feeling's
 * place on the axis), largest gap first.
 */
public final class FeelingGaps {
    private FeelingGaps() {
    }

    /**
     * One touchpoint's gap.
     *
     * @param experienced the emotion −3..+3 (the measure), or the named feeling's value when no emotion is set
     * @param feeling     the named experienced feeling, or null
     * @param gap         experienced minus intended: negative where customers feel worse than intended
     */
    public record Gap(Touchpoint touchpoint, double experienced, Feeling feeling, Feeling intended, double gap) {
        /** How far apart the two are, whichever way. */
        public double size() {
            return Math.abs(gap);
        }
    }

    /** Every touchpoint's gap, the largest first and equal ones in map order; names in {@code language}. */
    public static List<Gap> of(JourneyMap map, Locale language) {
        List<Gap> gaps = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            Feeling aim = FeelingVocabulary.find(map, t.intendedFeeling(), language).orElse(null);
            if (aim == null) {
                continue;
            }
            Feeling felt = FeelingVocabulary.find(map, t.feeling(), language).orElse(null);
            Double experienced = t.emotion() != null ? t.emotion() : felt == null ? null : felt.emotion();
            if (experienced != null) {
                gaps.add(new Gap(t, experienced, felt, aim, experienced - aim.emotion()));
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::size).reversed());
        return gaps;
    }
}
