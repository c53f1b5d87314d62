package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.text.Text;

/** Replaces the opportunity with the same id; typing in it merges into one step. */
public record UpdateOpportunity(Opportunity opportunity) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var list = Reorder.replace(map.opportunities(), o -> o.id().equals(opportunity.id()), o -> opportunity);
        if (list == map.opportunities()) {
            return map;
        }
        OpportunityRules.check(map, opportunity);
        return map.withOpportunities(list);
    }

    @Override
    public Text description() {
        return Text.of("step.editOpportunity");
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("opportunity", opportunity.id());
    }
}
