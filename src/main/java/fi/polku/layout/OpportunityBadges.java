package fi.polku.layout;

import fi.polku.metrics.ValueFormula;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The yearly value each card of an opportunities lane shows ("€468,000/yr", in Finnish "468 000 €/v"):
 * the estimates of the opportunities that link the card, summed per currency (the largest sum when they
 * differ in currency). Cards in other lanes and cards of unestimated opportunities show none.
 */
public final class OpportunityBadges {
    private OpportunityBadges() {
    }

    /** Touchpoint id to its value text, in the map's language; only cards that show one are keys. */
    public static Map<String, String> of(JourneyMap map) {
        if (map.opportunities().isEmpty()) {
            return Map.of();
        }
        Set<String> lanes = new HashSet<>();
        for (Lane lane : map.lanes()) {
            if (lane.kind() == LaneKind.OPPORTUNITIES) {
                lanes.add(lane.id());
            }
        }
        if (lanes.isEmpty()) {
            return Map.of();
        }
        Set<String> cards = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            if (lanes.contains(t.laneId())) {
                cards.add(t.id());
            }
        }
        // Card id to its amounts per currency, in the order the opportunities list them.
        Map<String, Map<String, Double>> amounts = new HashMap<>();
        for (Opportunity o : map.opportunities()) {
            if (o.estimate() == null) {
                continue;
            }
            for (String id : o.touchpointIds()) {
                if (cards.contains(id)) {
                    amounts.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .merge(o.estimate().currency(), o.estimate().yearlyValue(), Double::sum);
                }
            }
        }
        var language = Localization.ofTag(map.language());
        Map<String, String> out = new HashMap<>();
        amounts.forEach((id, byCurrency) -> {
            var shown = byCurrency.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            out.put(id, ValueFormula.perYear(shown.getValue(), shown.getKey(), language));
        });
        return out;
    }
}
