package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.text.Text;

/**
 * Replaces the opportunity with the same id, in a step named for the field it changes ("Set share
 * converting"); edits with the same merge key, such as typing in its text, merge into one step.
 */
public record UpdateOpportunity(Opportunity opportunity, Text name, Object mergeKey) implements Command {
    /** An edit of the whole opportunity, named "Edit opportunity"; typing in it merges into one step. */
    public UpdateOpportunity(Opportunity opportunity) {
        this(opportunity, Text.of("step.editOpportunity"), MergeKey.of("opportunity", opportunity.id()));
    }

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
        return name;
    }
}
