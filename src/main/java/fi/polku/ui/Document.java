package fi.polku.ui;

import fi.polku.edit.History;
import fi.polku.model.JourneyMap;
import fi.polku.text.Text;
import fi.polku.ui.state.EditorState;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The open map of a window: its undo history, the file it belongs to, observable views of both for the
 * window title, menus and status bar, and its editor state (what is selected in it). One instance lives as long as its window; opening
 * another file replaces its content.
 */
public final class Document {
    private final History history;
    private final EditorState state = new EditorState();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    /**
     * The Undo (Redo) menu item as a text ("Undo {0}" with the step's name), put into words only by
     * {@link #undoText}, so that it follows a change of the user-interface language.
     */
    private final ReadOnlyObjectWrapper<Text> undoItem = new ReadOnlyObjectWrapper<>(this, "undoItem");
    private final ReadOnlyObjectWrapper<Text> redoItem = new ReadOnlyObjectWrapper<>(this, "redoItem");
    private final StringBinding undoText = UiLanguage.of(undoItem);
    private final StringBinding redoText = UiLanguage.of(redoItem);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** A recovered map, or one made from a spreadsheet, is unsaved work even though its history starts with it. */
    private boolean unsavedStart;

    private final javafx.beans.property.IntegerProperty replacements = new javafx.beans.property.SimpleIntegerProperty();

    public Document(JourneyMap initial, Path file) {
        this.history = new History(initial);
        this.file.set(file);
        history.addListener(h -> refresh());
        refresh();
    }

    /** What is selected in this map, shared by the canvas, the inspector, the analysis dock and the actions. */
    public EditorState state() {
        return state;
    }

    public History history() {
        return history;
    }

    public JourneyMap current() {
        return history.current();
    }

    public ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The Undo menu item's text, e.g. "Undo Move 3 touchpoints", in the user-interface language of the moment. */
    public ObservableStringValue undoTextProperty() {
        return undoText;
    }

    /** The Redo menu item's text, in the user-interface language of the moment. */
    public ObservableStringValue redoTextProperty() {
        return redoText;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Counts the maps shown in place of another (opened, new, recovered), so that views can start afresh. */
    public javafx.beans.value.ObservableIntegerValue replacementsProperty() {
        return replacements;
    }

    /** Shows another map (opened, reverted or new): nothing to undo, and clean. */
    public void replace(JourneyMap newMap, Path newFile) {
        unsavedStart = false;
        file.set(newFile);
        state.reset();
        history.reset(newMap);
        replacements.set(replacements.get() + 1);
    }

    /** Shows a recovered map that belongs to {@code originalFile} but has not been saved there yet. */
    public void replaceWithRecovered(JourneyMap recovered, Path originalFile) {
        replaceWithUnsaved(recovered, originalFile);
    }

    /**
     * Shows a map made outside the editor (from a spreadsheet) as unsaved work without a file: nothing to
     * undo, yet closing asks where to keep it.
     */
    public void replaceWithUnsaved(JourneyMap made) {
        replaceWithUnsaved(made, null);
    }

    private void replaceWithUnsaved(JourneyMap map, Path belongsTo) {
        file.set(belongsTo);
        unsavedStart = true;
        state.reset();
        history.reset(map);
        replacements.set(replacements.get() + 1);
    }

    /** Records that {@code savedMap} is now on disk at {@code savedFile}. */
    public void markSaved(JourneyMap savedMap, Path savedFile) {
        unsavedStart = false;
        file.set(savedFile);
        history.markSaved(savedMap);
    }

    private void refresh() {
        // What an edit, undo or redo took out of the map is no longer selected when the map is shown.
        state.forgetMissing(history.current());
        map.set(history.current());
        dirty.set(unsavedStart || history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoItem.set(history.undoDescription().map(step -> Text.of("action.undo.named", step))
                .orElse(Text.of("action.undo")));
        redoItem.set(history.redoDescription().map(step -> Text.of("action.redo.named", step))
                .orElse(Text.of("action.redo")));
    }
}
