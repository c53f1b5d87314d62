package fi.polku.ui.inspector;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One editable field of an inspector view model: the value the view shows, whether the selected items
 * disagree on it ("multiple values"), and the reason the last input was refused. Values loaded from the
 * map are never sent back as edits; values the user enters are passed to the commit action.
 */
public final class EditableValue<T> {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final BooleanProperty mixed = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private boolean loading;

    /** @param commit receives each value the user enters */
    public EditableValue(Consumer<T> commit) {
        value.addListener((o, old, now) -> {
            if (!loading) {
                commit.accept(now);
            }
        });
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public BooleanProperty mixedProperty() {
        return mixed;
    }

    /** The reason the current input is not applied, or null when it is fine. */
    public StringProperty errorProperty() {
        return error;
    }

    public T get() {
        return value.get();
    }

    /** Shows a value from the map without treating it as an edit; clears any earlier refusal. */
    public void load(T loaded, boolean isMixed) {
        loading = true;
        try {
            mixed.set(isMixed);
            value.set(loaded);
            error.set(null);
        } finally {
            loading = false;
        }
    }

    /** Loads the value all items share, or {@code whenMixed} flagged as mixed when they differ. */
    public <S> void loadCommon(List<S> items, Function<S, T> field, T whenMixed) {
        if (items.isEmpty()) {
            load(whenMixed, false);
            return;
        }
        T first = field.apply(items.getFirst());
        boolean same = items.stream().allMatch(i -> Objects.equals(field.apply(i), first));
        load(same ? first : whenMixed, !same);
    }
}
