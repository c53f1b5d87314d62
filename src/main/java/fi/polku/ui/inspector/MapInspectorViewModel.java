package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The map's own properties as editable values: title, description, language, scenario and personas. */
public final class MapInspectorViewModel {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private final DocumentEditor editor;
    private JourneyMap map;

    final EditableValue<String> title = new EditableValue<>(v -> set(m -> m.withTitle(v), "title"));
    final EditableValue<String> description = new EditableValue<>(v -> set(m -> m.withDescription(v), "description"));
    final EditableValue<String> language = new EditableValue<>(this::setLanguage);
    final EditableValue<String> scenario = new EditableValue<>(v -> set(m -> m.withScenario(v), "scenario"));
    /** One persona per line, "Name: description". */
    final EditableValue<String> personas = new EditableValue<>(this::setPersonas);

    public MapInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
    }

    public void load(JourneyMap loaded) {
        map = loaded;
        title.load(loaded.title(), false);
        description.load(loaded.description(), false);
        language.load(loaded.language(), false);
        scenario.load(loaded.scenario(), false);
        // Re-showing the text while the user types would eat a trailing ":" or an empty new line.
        if (!parsePersonas(personas.get(), loaded.personas()).equals(loaded.personas())) {
            personas.load(String.join("\n", loaded.personas().stream()
                    .map(p -> p.description().isEmpty() ? p.name() : p.name() + ": " + p.description())
                    .toList()), false);
        }
    }

    void endMerge() {
        editor.endMerge();
    }

    private void set(UnaryOperator<JourneyMap> change, String field) {
        editor.setMapProperties(change, Text.of("step.map." + field));
    }

    private void setLanguage(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (!LANGUAGE.matcher(trimmed).matches()) {
            language.errorProperty().set(Messages.format("inspector.map.language.invalid", trimmed));
            return;
        }
        language.errorProperty().set(null);
        set(m -> m.withLanguage(trimmed), "language");
    }

    /** Keeps each persona's id by its line number, so that renaming a persona does not make a new one. */
    private void setPersonas(String text) {
        List<Persona> parsed = parsePersonas(text, map.personas());
        set(m -> m.withPersonas(parsed), "personas");
    }

    private static List<Persona> parsePersonas(String text, List<Persona> old) {
        List<Persona> next = new ArrayList<>();
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon).strip();
            String about = colon < 0 ? "" : line.substring(colon + 1).strip();
            String id = i < old.size() ? old.get(i).id() : "p" + (i + 1);
            next.add(new Persona(id, name, about));
        }
        return uniqueIds(next, old);
    }

    private static List<Persona> uniqueIds(List<Persona> next, List<Persona> old) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<Persona> out = new ArrayList<>();
        int n = old.size() + 1;
        for (Persona p : next) {
            String id = p.id();
            while (!used.add(id)) {
                id = "p" + n++;
            }
            out.add(new Persona(id, p.name(), p.description()));
        }
        return out;
    }
}
