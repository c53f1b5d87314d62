package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.ValueEstimate;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Adds an improvement idea linked to touchpoints, with an optional value estimate. */
public record AddOpportunity(Opportunity opportunity) implements Command {
    public static AddOpportunity create(JourneyMap map, String text, List<String> touchpointIds,
                                        ValueEstimate estimate) {
        return new AddOpportunity(new Opportunity(IdGenerator.next(map, IdGenerator.OPPORTUNITY), text,
                touchpointIds, estimate));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireFreshId(map, opportunity.id());
        OpportunityRules.check(map, opportunity);
        List<Opportunity> out = new ArrayList<>(map.opportunities());
        out.add(opportunity);
        return map.withOpportunities(out);
    }

    @Override
    public Text description() {
        return Text.of("step.addOpportunity");
    }
}
