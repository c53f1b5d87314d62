package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.PersonaColours;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Adds a persona at the end of the map's personas. */
public record AddPersona(Persona persona) implements Command {
    /** A new persona with a fresh id and the next free palette colour. */
    public static AddPersona named(JourneyMap map, String name) {
        return new AddPersona(new Persona(IdGenerator.next(map, IdGenerator.PERSONA), name, "",
                PersonaColours.next(map.personas())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireFreshId(map, persona.id());
        List<Persona> next = new ArrayList<>(map.personas());
        next.add(persona);
        return map.withPersonas(next);
    }

    @Override
    public Text description() {
        return Text.of("step.addPersona", UndoText.title(persona.name()));
    }
}
