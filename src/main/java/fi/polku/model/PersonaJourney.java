package fi.polku.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The journey one persona walks: the touchpoints marked for that persona and those marked for no one,
 * which are for everyone. The canvas filter and the one-persona export both cut a map down with it.
 */
public final class PersonaJourney {
    private PersonaJourney() {
    }

    /** Whether {@code persona} meets this touchpoint: it is marked for them, or for no one in particular. */
    public static boolean includes(Touchpoint touchpoint, String personaId) {
        return touchpoint.personaIds().isEmpty() || touchpoint.personaIds().contains(personaId);
    }

    /**
     * The map with only the persona's touchpoints and the arrows between them; stages, lanes and the
     * list of personas stay. The map itself when every touchpoint is for the persona.
     */
    public static JourneyMap cardsFor(JourneyMap map, String personaId) {
        List<Touchpoint> kept = map.touchpoints().stream().filter(t -> includes(t, personaId)).toList();
        if (kept.size() == map.touchpoints().size()) {
            return map;
        }
        Set<String> ids = new HashSet<>();
        kept.forEach(t -> ids.add(t.id()));
        List<Connection> arrows = map.connections().stream()
                .filter(c -> ids.contains(c.from()) && ids.contains(c.to())).toList();
        return map.withTouchpoints(kept).withConnections(arrows);
    }

    /**
     * The map as one persona's journey for an export: their touchpoints, and they alone as the map's
     * persona, so that the header names them.
     */
    public static JourneyMap of(JourneyMap map, Persona persona) {
        return cardsFor(map, persona.id()).withPersonas(List.of(persona));
    }

    /**
     * Where cards dropped at {@code shownIndex} among the persona's cards of a cell go among all the
     * cell's cards, not counting the {@code moving} ones: before the card they were dropped in front of,
     * or after the last of the persona's cards when dropped at the end.
     */
    public static int indexInCell(JourneyMap map, String personaId, Set<String> moving, String stageId,
                                  String laneId, int shownIndex) {
        List<Touchpoint> staying = map.cell(stageId, laneId).stream().filter(t -> !moving.contains(t.id()))
                .toList();
        int shown = 0;
        int afterLastShown = 0;
        for (int i = 0; i < staying.size(); i++) {
            if (includes(staying.get(i), personaId)) {
                if (shown == shownIndex) {
                    return i;
                }
                shown++;
                afterLastShown = i + 1;
            }
        }
        return afterLastShown;
    }

    /** The persona a user names: by id, else by name ignoring case and surrounding spaces. */
    public static Optional<Persona> find(JourneyMap map, String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        for (Persona p : map.personas()) {
            if (p.id().equals(wanted)) {
                return Optional.of(p);
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return map.personas().stream().filter(p -> p.name().strip().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }
}
