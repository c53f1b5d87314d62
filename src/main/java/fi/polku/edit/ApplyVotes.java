package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apply Votes: the dots become importance 1..5 on the cards that got any, scaled by rank or in proportion,
 * and the dots are cleared, all as one undo step. Cards without a dot keep their importance, or get 1 when
 * {@code unvotedToOne}; the voters and their number of dots stay for the next round.
 */
public record ApplyVotes(VoteScaling scaling, boolean unvotedToOne) implements Command {
    /**
     * The importance each card would get, in map order: the voted cards, and with {@code unvotedToOne} the
     * others too. A card whose importance would not change is in it as well, so a preview can list it.
     */
    public Map<String, Double> importances(JourneyMap map) {
        Map<String, Integer> scaled = scaling.importances(map.voting().counts());
        Map<String, Double> out = new LinkedHashMap<>();
        for (Touchpoint t : map.touchpoints()) {
            Integer importance = scaled.get(t.id());
            if (importance != null) {
                out.put(t.id(), importance.doubleValue());
            } else if (unvotedToOne) {
                out.put(t.id(), 1.0);
            }
        }
        return out;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.voting().votes().isEmpty()) {
            return map;
        }
        Map<String, Double> importances = importances(map);
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().size());
        for (Touchpoint t : map.touchpoints()) {
            Double importance = importances.get(t.id());
            cards.add(importance == null || importance.equals(t.importance()) ? t : t.withImportance(importance));
        }
        return map.withTouchpoints(cards).withVoting(map.voting().withVotes(List.of()));
    }

    @Override
    public Text description() {
        return Text.of("step.vote.apply");
    }
}
