package fi.polku.ui;

import fi.polku.edit.History;
import fi.polku.model.JourneyMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The open map of a window: its undo history, the file it belongs to, and observable views of both
 * for the window title, menus and status bar. One instance lives as long as its window; opening
 * another file replaces its content.
 */
public final class Document {
    private final History history;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** A recovered map is unsaved work even though its history starts with it. */
    private boolean unsavedRecovery;

    public Document(JourneyMap initial, Path file) {
        this.history = new History(initial);
        this.file.set(file);
        history.addListener(h -> refresh());
        refresh();
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

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Shows another map (opened, reverted or new): nothing to undo, and clean. */
    public void replace(JourneyMap newMap, Path newFile) {
        unsavedRecovery = false;
        file.set(newFile);
        history.reset(newMap);
    }

    /** Shows a recovered map that belongs to {@code originalFile} but has not been saved there yet. */
    public void replaceWithRecovered(JourneyMap recovered, Path originalFile) {
        file.set(originalFile);
        unsavedRecovery = true;
        history.reset(recovered);
    }

    /** Records that {@code savedMap} is now on disk at {@code savedFile}. */
    public void markSaved(JourneyMap savedMap, Path savedFile) {
        unsavedRecovery = false;
        file.set(savedFile);
        history.markSaved(savedMap);
    }

    /** Names the undo and redo steps again, after a change of the user-interface language. */
    public void relabel() {
        refresh();
    }

    private void refresh() {
        map.set(history.current());
        dirty.set(unsavedRecovery || history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> Messages.format("action.undo.named", d))
                .orElse(Messages.get("action.undo")));
        redoText.set(history.redoDescription().map(d -> Messages.format("action.redo.named", d))
                .orElse(Messages.get("action.redo")));
    }
}
