package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;

import java.util.Set;

/** An opportunity links only to existing touchpoints, each once, and its estimate is finite. */
final class OpportunityRules {
    private OpportunityRules() {
    }

    static void check(JourneyMap map, Opportunity o) {
        for (String id : o.touchpointIds()) {
            EditRules.requireTouchpoint(map, id);
        }
        if (Set.copyOf(o.touchpointIds()).size() != o.touchpointIds().size()) {
            throw new IllegalArgumentException("An opportunity links each touchpoint once");
        }
        EditRules.checkEstimate(o.estimate());
    }
}
