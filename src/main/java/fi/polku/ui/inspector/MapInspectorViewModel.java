package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import fi.polku.ui.LanguageSetting;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The map's own properties as editable values: title, description, language and scenario. */
public final class MapInspectorViewModel {
    private static final List<String> KNOWN = Localization.LANGUAGES.stream().map(Locale::toLanguageTag).toList();
    private final DocumentEditor editor;
    private JourneyMap map;

    final EditableValue<String> title = new EditableValue<>(v -> set(m -> m.withTitle(v), "title"));
    final EditableValue<String> description = new EditableValue<>(v -> set(m -> m.withDescription(v), "description"));
    /** The map's language tag: "en" or "fi", or another tag a file brought along, kept as it is. */
    final EditableValue<String> language = new EditableValue<>(this::setLanguage);
    /** The languages to choose from: English and Finnish, and the map's own when it is another. */
    final ObservableList<String> languages = FXCollections.observableArrayList(KNOWN);
    final EditableValue<String> scenario = new EditableValue<>(v -> set(m -> m.withScenario(v), "scenario"));

    public MapInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
    }

    public void load(JourneyMap loaded) {
        map = loaded;
        title.load(loaded.title(), false);
        description.load(loaded.description(), false);
        String tag = shownLanguage(loaded.language());
        if (!languages.contains(tag) || languages.size() > KNOWN.size() && !tag.equals(languages.getLast())) {
            List<String> choices = new ArrayList<>(KNOWN);
            if (!KNOWN.contains(tag)) {
                choices.add(tag);
            }
            languages.setAll(choices);
        }
        language.load(tag, false);
        scenario.load(loaded.scenario(), false);
    }

    /** One undoable step; the brand fields have checked the accent and the logo already. */
    void setBrand(fi.polku.model.Brand brand) {
        editor.setBrand(brand);
    }

    /** The map as it is now, for the dialogs of its metrics and feelings. */
    JourneyMap current() {
        return map;
    }

    /** A dialog's change as one undoable step of its own. */
    void execute(fi.polku.edit.Command command) {
        editor.execute(command);
    }

    void endMerge() {
        editor.endMerge();
    }

    private void set(UnaryOperator<JourneyMap> change, String field) {
        editor.setMapProperties(change, Text.of("step.map." + field));
    }

    /** One undoable step; null comes only from the choice box while its choices are replaced. */
    private void setLanguage(String tag) {
        if (tag != null && !tag.equals(shownLanguage(map.language()))) {
            set(m -> m.withLanguage(tag), "language");
        }
    }

    /**
     * The choice a map's tag shows as: "fi-FI" as Finnish and a missing tag as English, the way its texts
     * are written; a language Polku does not speak as its own tag.
     */
    static String shownLanguage(String tag) {
        String code = tag == null || tag.isBlank() ? "en" : Locale.forLanguageTag(tag).getLanguage();
        return KNOWN.contains(code) ? code : tag;
    }

    /** A language tag as its name in the user-interface language, e.g. "fi" as "Finnish" or "Suomi". */
    static String languageName(String tag) {
        return tag == null ? "" : LanguageSetting.name(Locale.forLanguageTag(tag), Localization.ui());
    }
}
