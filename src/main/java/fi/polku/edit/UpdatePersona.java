package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.text.Text;

import java.util.function.UnaryOperator;

/**
 * Changes one persona's name, description or colour. Typing in the name or the description merges into
 * one step per field until focus moves on; a colour is a step of its own.
 */
public record UpdatePersona(String personaId, UnaryOperator<Persona> change, Text description, Object mergeKey)
        implements Command {

    /** Reads "Rename persona to “Eeva”": a typing burst is named for where it ended. */
    public static UpdatePersona rename(JourneyMap map, String personaId, String name) {
        Text step = name.isBlank() ? Text.of("step.renamePersona")
                : Text.of("step.renamePersonaTo", UndoText.title(name));
        return new UpdatePersona(personaId, p -> p.withName(name), step,
                MergeKey.of("persona-name", personaId));
    }

    public static UpdatePersona describe(JourneyMap map, String personaId, String text) {
        return new UpdatePersona(personaId, p -> p.withDescription(text),
                Text.of("step.describePersona", nameOf(map, personaId)),
                MergeKey.of("persona-description", personaId));
    }

    /** {@code colour} is {@code #RRGGBB}. */
    public static UpdatePersona colour(JourneyMap map, String personaId, String colour) {
        return new UpdatePersona(personaId, p -> p.withColour(colour),
                Text.of("step.colourPersona", nameOf(map, personaId)), null);
    }

    private static String nameOf(JourneyMap map, String personaId) {
        return map.personas().stream().filter(p -> p.id().equals(personaId)).findFirst()
                .map(p -> UndoText.title(p.name())).orElse(personaId);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        var personas = Reorder.replace(map.personas(), p -> p.id().equals(personaId), p -> {
            Persona changed = change.apply(p);
            if (!changed.id().equals(p.id())) {
                throw new IllegalArgumentException("A persona edit cannot change its id");
            }
            return changed;
        });
        return personas.equals(map.personas()) ? map : map.withPersonas(personas);
    }
}
