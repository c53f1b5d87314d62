package fi.polku.model.diff;

import fi.polku.model.Connection;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapGenerator;
import fi.polku.model.Measurement;
import fi.polku.model.Opportunity;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.testing.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Generated maps and random edits of them of every kind a person makes, keeping the map valid. */
final class MapEdits {
    private MapEdits() {
    }

    /** A generated map of up to 40 cards. */
    static JourneyMap base(Gen g) {
        return MapGenerator.generate(g.intBetween(0, 40), g.intBetween(1, 5), g.intBetween(1, 6),
                g.longBetween(0, 1_000_000_000L));
    }

    /** {@code map} after 0..8 random edits. */
    static JourneyMap edited(Gen g, JourneyMap map) {
        int edits = g.intBetween(0, 8);
        for (int i = 0; i < edits; i++) {
            map = edit(g, map);
        }
        return map;
    }

    static JourneyMap edit(Gen g, JourneyMap map) {
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        int what = g.intBetween(0, 10);
        if (cards.isEmpty() && what < 7) {
            what = 7;
        }
        int at = cards.isEmpty() ? 0 : g.intBetween(0, cards.size() - 1);
        switch (what) {
            case 0 -> cards.set(at, cards.get(at).withTitle(cards.get(at).title() + " " + g.intBetween(0, 99)));
            case 1 -> cards.set(at, cards.get(at).withImportance((double) g.intBetween(1, 5)));
            case 2 -> cards.set(at, cards.get(at).withMeasurements(List.of(Measurement.of("csat",
                    g.intBetween(0, 100), g.intBetween(1, 500), LocalDate.of(2026, 11, 1), "kysely",
                    EvidenceLevel.OBSERVED))));
            case 3 -> {
                Lane lane = cardLane(g, map);
                Touchpoint moved = cards.remove(at).withCell(g.oneOf(map.stages().toArray(Stage[]::new)).id(),
                        lane.id());
                cards.add(g.intBetween(0, cards.size()), moved);
            }
            case 4 -> {
                Touchpoint moved = cards.remove(at);
                cards.add(g.intBetween(0, cards.size()), moved);
            }
            case 5 -> {
                String gone = cards.remove(at).id();
                return map.withTouchpoints(cards)
                        .withConnections(map.connections().stream()
                                .filter(c -> !c.from().equals(gone) && !c.to().equals(gone)).toList())
                        .withOpportunities(map.opportunities().stream().map(o -> new Opportunity(o.id(), o.text(),
                                o.touchpointIds().stream().filter(id -> !id.equals(gone)).toList(), o.estimate()))
                                .toList());
            }
            case 6 -> {
                if (cards.size() > 1) {
                    Set<String> ids = new HashSet<>();
                    map.connections().forEach(c -> ids.add(c.id()));
                    String id = fresh("c", ids);
                    List<Connection> arrows = new ArrayList<>(map.connections());
                    arrows.add(new Connection(id, cards.get(at).id(), cards.get((at + 1) % cards.size()).id(), ""));
                    return map.withConnections(arrows);
                }
            }
            case 7 -> {
                Set<String> ids = new HashSet<>();
                cards.forEach(c -> ids.add(c.id()));
                Touchpoint added = Touchpoint.create(fresh("t", ids), "Uusi " + g.intBetween(0, 9),
                        g.oneOf(map.stages().toArray(Stage[]::new)).id(), cardLane(g, map).id());
                cards.add(g.intBetween(0, cards.size()), added);
            }
            case 8 -> {
                List<Stage> stages = new ArrayList<>(map.stages());
                int s = g.intBetween(0, stages.size() - 1);
                Stage moved = stages.remove(s);
                stages.add(g.intBetween(0, stages.size()), g.chance(0.5) ? moved : moved.withName("Vaihe X"));
                return map.withStages(stages);
            }
            case 9 -> {
                return map.withTitle(map.title() + "!");
            }
            default -> {
                return map.withOpportunities(map.opportunities().isEmpty() ? List.of()
                        : map.opportunities().subList(1, map.opportunities().size()));
            }
        }
        return map.withTouchpoints(cards);
    }

    private static Lane cardLane(Gen g, JourneyMap map) {
        List<Lane> lanes = map.lanes().stream().filter(l -> l.kind() != LaneKind.EMOTION).toList();
        return lanes.get(g.intBetween(0, lanes.size() - 1));
    }

    /** The next id of the editor's sequence: one more than the largest number with the prefix. */
    static String fresh(String prefix, Set<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
