package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks touchpoints for a persona ({@code marked} true) or takes the mark away, all of them in one step.
 * A touchpoint keeps its personas in the order of the map's personas, so that its dots and the file
 * read the same whichever persona was marked first.
 */
public record MarkPersona(List<String> touchpointIds, String personaId, boolean marked, Text description)
        implements Command {
    public MarkPersona {
        touchpointIds = List.copyOf(touchpointIds);
    }

    /** "Mark “Kassa” for Eeva" or "Unmark 3 touchpoints for Eeva". */
    public static MarkPersona of(JourneyMap map, List<String> touchpointIds, String personaId, boolean marked) {
        String name = map.personas().stream().filter(p -> p.id().equals(personaId)).findFirst()
                .map(p -> UndoText.title(p.name())).orElse(personaId);
        return new MarkPersona(touchpointIds, personaId, marked, Text.of(marked ? "step.markPersona"
                : "step.unmarkPersona", UndoText.touchpoints(map, Set.copyOf(touchpointIds)), name));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.personas().stream().noneMatch(p -> p.id().equals(personaId))) {
            throw new IllegalArgumentException("No persona \"" + personaId + "\" in the map");
        }
        List<String> order = map.personas().stream().map(p -> p.id()).toList();
        return new UpdateTouchpoints(touchpointIds, t -> marked(t, order), description, null).apply(map);
    }

    private Touchpoint marked(Touchpoint t, List<String> order) {
        if (t.personaIds().contains(personaId) == marked) {
            return t;
        }
        List<String> next = new ArrayList<>();
        for (String id : order) {
            if (id.equals(personaId) ? marked : t.personaIds().contains(id)) {
                next.add(id);
            }
        }
        // Ids the map no longer has (a hand-edited file) stay, after the known ones.
        t.personaIds().stream().filter(id -> !order.contains(id)).forEach(next::add);
        return t.withPersonaIds(next);
    }
}
