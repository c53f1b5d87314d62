package fi.polku.ui.inspector;

import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The named feeling and the intended feeling of the selected touchpoints, chosen from the map's feeling
 * vocabulary ("" is none). The emotion number stays the measure: choosing a feeling also sets a card's
 * emotion to the feeling's value, but only on a card whose emotion is not set yet, in the same step.
 */
final class FeelingChoices {
    private static final String NONE = "";

    private final DocumentEditor editor;
    private final Supplier<List<String>> selection;
    private JourneyMap map;

    /** "" for none, then the vocabulary's ids from the most negative feeling up. */
    final ObservableList<String> ids = FXCollections.observableArrayList();
    final EditableValue<String> feeling = new EditableValue<>(this::setFeeling);
    final EditableValue<String> intended = new EditableValue<>(this::setIntended);

    FeelingChoices(DocumentEditor editor, Supplier<List<String>> selection) {
        this.editor = editor;
        this.selection = selection;
    }

    void load(List<Touchpoint> selected, JourneyMap loaded) {
        map = loaded;
        List<String> now = new ArrayList<>(List.of(NONE));
        vocabulary().forEach(f -> now.add(f.id()));
        if (!ids.equals(now)) {
            ids.setAll(now);
        }
        feeling.loadCommon(selected, t -> t.feeling() == null ? NONE : t.feeling(), null);
        intended.loadCommon(selected, t -> t.intendedFeeling() == null ? NONE : t.intendedFeeling(), null);
    }

    /** "frustrated (−3)" in the window's language for the built-ins; "Not named" for none. */
    String name(String id) {
        if (id == null) {
            return "";
        }
        if (id.isEmpty()) {
            return Messages.get("inspector.touchpoint.feeling.none");
        }
        return vocabulary().stream().filter(f -> f.id().equals(id)).findFirst()
                .map(f -> Messages.format("inspector.touchpoint.feeling.item", f.name(), signed(f.emotion())))
                .orElse(id);
    }

    private List<Feeling> vocabulary() {
        return map == null ? List.of() : FeelingVocabulary.of(map, Localization.ui());
    }

    private void setFeeling(String id) {
        if (id == null) {
            return; // the choice box empties itself while its choices are replaced
        }
        String stored = id.isEmpty() ? null : id;
        Double value = vocabulary().stream().filter(f -> f.id().equals(id)).findFirst().map(Feeling::emotion).orElse(null);
        update("feeling", t -> {
            Touchpoint out = t.withFeeling(stored);
            return value != null && t.emotion() == null ? out.withEmotion(value) : out;
        });
    }

    private void setIntended(String id) {
        if (id != null) {
            update("intendedFeeling", t -> t.withIntendedFeeling(id.isEmpty() ? null : id));
        }
    }

    private void update(String field, UnaryOperator<Touchpoint> change) {
        List<String> ids = selection.get();
        if (!ids.isEmpty()) {
            editor.updateTouchpoints(ids, change, Text.of("step.touchpoint." + field, ids.size()),
                    "touchpoint-" + field + ":" + ids);
            editor.endMerge();
        }
    }

    static String signed(double v) {
        String n = Numbers.format(v);
        return v > 0 ? "+" + n : v < 0 ? "−" + n.substring(1) : n;
    }
}
