package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets the map's title, description, language, scenario and personas from the properties dialog. */
public record SetMapProperties(String title, String mapDescription, String language, String scenario,
                               List<Persona> personas) implements Command {
    public SetMapProperties {
        personas = List.copyOf(personas);
        Set<String> ids = personas.stream().map(Persona::id).collect(Collectors.toSet());
        if (ids.size() != personas.size()) {
            throw new IllegalArgumentException("Persona ids must not repeat");
        }
    }

    /** The map's current properties, as the dialog starts from them. */
    public static SetMapProperties of(JourneyMap map) {
        return new SetMapProperties(map.title(), map.description(), map.language(), map.scenario(), map.personas());
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

    @Override
    public String description() {
        return "Edit map properties";
    }

    /** Typing in the properties dialog merges into one step until focus moves on. */
    @Override
    public Object mergeKey() {
        return MergeKey.of("map properties", List.of());
    }
}
