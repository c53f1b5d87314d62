package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Removes one opportunity; its touchpoints stay. */
public record DeleteOpportunity(String opportunityId) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var kept = map.opportunities().stream().filter(o -> !o.id().equals(opportunityId)).toList();
        return kept.size() == map.opportunities().size() ? map : map.withOpportunities(kept);
    }

    @Override
    public Text description() {
        return Text.of("step.deleteOpportunity");
    }
}
