package fi.polku.ui.present;

import fi.polku.render.present.Slide;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * Where a presentation is: its slides, the one on the screen, whether the screen is blanked and the slide
 * number being typed. It is view state of the presentation alone, never in the file and never undone, and
 * kept apart from the editor's canvas, whose place the presentation leaves as it was.
 */
public final class SlideShow {
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyObjectWrapper<Slide> current = new ReadOnlyObjectWrapper<>(this, "current");
    private List<Slide> slides;

    public SlideShow(List<Slide> slides) {
        this.slides = List.copyOf(slides);
        index.addListener((o, was, now) -> current.set(this.slides.get(now.intValue())));
        current.set(this.slides.getFirst());
    }

    public List<Slide> slides() {
        return slides;
    }

    /** The slide on the screen. */
    public ReadOnlyObjectProperty<Slide> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Slide current() {
        return current.get();
    }

    /** The current slide's place, 0 for the first. */
    public IntegerProperty indexProperty() {
        return index;
    }

    /** Whether the screen is blanked (black) instead of showing the slide. */
    public BooleanProperty blankProperty() {
        return blank;
    }

    /** The digits of a slide number typed so far, jumped to on Enter. */
    public StringProperty typedProperty() {
        return typed;
    }

    /**
     * Shows another list of slides (a new choice of slides): the same slide stays on the screen if it is
     * still shown, else the one now at its place.
     */
    public void setSlides(List<Slide> next) {
        Slide was = current();
        int at = index.get();
        slides = List.copyOf(next);
        int keep = slides.indexOf(was);
        int target = keep >= 0 ? keep : Math.min(at, slides.size() - 1);
        if (target == index.get()) {
            current.set(slides.get(target));
        } else {
            index.set(target);
        }
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(slides.size() - 1);
    }

    /** Goes to slide {@code number} (1 for the first); a number past the end goes to the last one. */
    public void goToNumber(int number) {
        go(Math.clamp(number, 1, slides.size()) - 1);
    }

    /**
     * A digit typed: jumps at once when no longer number could be meant (slide 3 of 9, or 5 of 12), else
     * waits for more digits or Enter. Returns true if it jumped.
     */
    public boolean typeDigit(int digit) {
        String number = typed.get() + digit;
        if (Integer.parseInt(number) == 0) {
            typed.set("");
            return false;
        }
        if (Long.parseLong(number) * 10 > slides.size() || number.length() >= 4) {
            typed.set("");
            goToNumber(Integer.parseInt(number));
            return true;
        }
        typed.set(number);
        return false;
    }

    /** Enter: goes to the typed number; returns false when nothing was typed. */
    public boolean enterTyped() {
        if (typed.get().isEmpty()) {
            return false;
        }
        int number = Integer.parseInt(typed.get());
        typed.set("");
        goToNumber(number);
        return true;
    }

    /** Backspace: takes back the last typed digit; returns false when nothing was typed. */
    public boolean eraseTyped() {
        if (typed.get().isEmpty()) {
            return false;
        }
        typed.set(typed.get().substring(0, typed.get().length() - 1));
        return true;
    }

    /** Forgets a typed number; returns false when nothing was typed. */
    public boolean cancelTyped() {
        boolean had = !typed.get().isEmpty();
        typed.set("");
        return had;
    }

    public void toggleBlank() {
        blank.set(!blank.get());
    }

    private void go(int target) {
        // Moving on from a blanked screen shows the slide it was on: the presenter picks up where the room was.
        if (blank.get()) {
            blank.set(false);
            return;
        }
        index.set(Math.clamp(target, 0, slides.size() - 1));
    }
}
