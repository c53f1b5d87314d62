package fi.polku.ui.state;

import fi.polku.metrics.MapComparison;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The compare view of one document: the comparison drawn over its canvas (null when not comparing) and what
 * the other side is called ("kevat.polku.json", "Syksy 2026 → Kevät 2027"). View state only: never saved,
 * never an undo step.
 */
public final class CompareState {
    private final ObjectProperty<MapComparison> shown = new SimpleObjectProperty<>(this, "shown");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");

    /** The comparison on the canvas, or null. */
    public ObjectProperty<MapComparison> shownProperty() {
        return shown;
    }

    public MapComparison shown() {
        return shown.get();
    }

    /** What is compared, for the change list's heading. */
    public StringProperty labelProperty() {
        return label;
    }

    /** Shows a comparison named {@code what}. */
    public void show(MapComparison comparison, String what) {
        label.set(what);
        shown.set(comparison);
    }

    /** Ends the compare view. */
    public void end() {
        shown.set(null);
        label.set("");
    }

    public boolean active() {
        return shown.get() != null;
    }
}
