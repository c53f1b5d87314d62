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
    /** Makes the comparison again for an edited map; null when not comparing. */
    private java.util.function.Function<fi.polku.model.JourneyMap, MapComparison> again;

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

    /** Shows a comparison named {@code what} that stays as it is. */
    public void show(MapComparison comparison, String what) {
        show(comparison, what, null);
    }

    /**
     * Shows a comparison named {@code what}, made again by {@code again} from the map after each edit, so
     * that the overlay follows the map being edited.
     */
    public void show(MapComparison comparison, String what,
                     java.util.function.Function<fi.polku.model.JourneyMap, MapComparison> again) {
        this.again = again;
        label.set(what);
        shown.set(comparison);
    }

    /** After an edit, undo or redo: the comparison of the edited map, when one is shown. */
    public void follow(fi.polku.model.JourneyMap map) {
        if (shown.get() != null && again != null && map != shown.get().after()) {
            shown.set(again.apply(map));
        }
    }

    /** Ends the compare view. */
    public void end() {
        again = null;
        shown.set(null);
        label.set("");
    }

    public boolean active() {
        return shown.get() != null;
    }
}
