package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.text.Text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets the map's title, description, language, scenario and personas. The step is named for what was
 * edited ("Edit map title"); edits under the same name merge while typing goes on.
 */
public record SetMapProperties(String title, String mapDescription, String language, String scenario,
                               List<Persona> personas, Text description) implements Command {
    public SetMapProperties {
        personas = List.copyOf(personas);
        Set<String> ids = personas.stream().map(Persona::id).collect(Collectors.toSet());
        if (ids.size() != personas.size()) {
            throw new IllegalArgumentException("Persona ids must not repeat");
        }
    }

    /** All properties at once, named "Edit map properties". */
    public SetMapProperties(String title, String mapDescription, String language, String scenario,
                            List<Persona> personas) {
        this(title, mapDescription, language, scenario, personas, Text.of("step.mapProperties"));
    }

    /** The map's current properties, as the dialog starts from them, named "Edit map properties". */
    public static SetMapProperties of(JourneyMap map) {
        return new SetMapProperties(map.title(), map.description(), map.language(), map.scenario(), map.personas());
    }

    /** The map's current properties as one step named {@code name}, e.g. "Edit map title". */
    public static SetMapProperties of(JourneyMap map, Text name) {
        return new SetMapProperties(map.title(), map.description(), map.language(), map.scenario(), map.personas(),
                name);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<String> oldPersonas = map.personas().stream().map(Persona::id).collect(Collectors.toSet());
        IdGenerator existing = new IdGenerator(map);
        for (Persona p : personas) {
            if (!oldPersonas.contains(p.id()) && existing.isTaken(p.id())) {
                throw new IllegalArgumentException("Id \"" + p.id() + "\" is already used in the map");
            }
        }
        JourneyMap out = map.withTitle(title).withDescription(mapDescription).withLanguage(language)
                .withScenario(scenario).withPersonas(personas);
        return out.equals(map) ? map : out;
    }

    /** Typing in one field merges into one step until focus moves on; the name tells the fields apart. */
    @Override
    public Object mergeKey() {
        return MergeKey.of(description.key(), List.of());
    }
}
