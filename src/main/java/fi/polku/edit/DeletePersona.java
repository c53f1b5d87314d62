package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a persona and its marks on every touchpoint, in one step: undo brings both back. A card left
 * with no persona is then for everyone, as it was before it was marked.
 */
public record DeletePersona(String personaId, String name) implements Command {
    public static DeletePersona of(JourneyMap map, String personaId) {
        return new DeletePersona(personaId, map.personas().stream().filter(p -> p.id().equals(personaId))
                .findFirst().map(Persona::name).orElse(personaId));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<Persona> kept = map.personas().stream().filter(p -> !p.id().equals(personaId)).toList();
        if (kept.size() == map.personas().size()) {
            return map;
        }
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().size());
        boolean marked = false;
        for (Touchpoint t : map.touchpoints()) {
            if (t.personaIds().contains(personaId)) {
                cards.add(t.withPersonaIds(t.personaIds().stream().filter(id -> !id.equals(personaId)).toList()));
                marked = true;
            } else {
                cards.add(t);
            }
        }
        JourneyMap out = map.withPersonas(kept);
        return marked ? out.withTouchpoints(cards) : out;
    }

    @Override
    public Text description() {
        return Text.of("step.deletePersona", UndoText.title(name));
    }
}
