package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;

import java.util.Comparator;
import java.util.List;

/** A map's opportunities with a value estimate, most valuable per year first. */
public final class OpportunityRanking {
    private OpportunityRanking() {
    }

    /** One opportunity with its yearly value in the estimate's currency. */
    public record RankedOpportunity(Opportunity opportunity, double yearlyValue, String currency) {
    }

    /** Ranks opportunities by estimated yearly value; those without an estimate are left out. */
    public static List<RankedOpportunity> of(JourneyMap map) {
        return map.opportunities().stream()
                .filter(o -> o.estimate() != null)
                .map(o -> new RankedOpportunity(o, o.estimate().yearlyValue(), o.estimate().currency()))
                .sorted(Comparator.comparingDouble(RankedOpportunity::yearlyValue).reversed())
                .toList();
    }
}
