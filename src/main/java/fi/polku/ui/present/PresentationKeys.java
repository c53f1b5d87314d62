package fi.polku.ui.present;

import fi.polku.ui.KeyDigits;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a presentation, as presenters know them from slide programs: the arrows, Page Up and Page
 * Down (which a presenter clicker sends), space and Backspace step; Home and End go to the ends; a number
 * goes to that slide (with Enter when a longer number could be meant); B or the full stop blanks the screen;
 * C chooses the slides; Esc ends.
 */
final class PresentationKeys {
    /** What the keys do besides moving through the slides. */
    interface Actions {
        void end();

        void chooseSlides();

        /** After a key that changed nothing visible, e.g. the first digit of a longer number. */
        void keyTyped();
    }

    private final SlideShow show;
    private final Actions actions;

    PresentationKeys(SlideShow show, Actions actions) {
        this.show = show;
        this.actions = actions;
    }

    /** Acts on a pressed key; true if it was one of the presentation's keys. */
    boolean press(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            int digit = KeyDigits.of(code);
            if (digit >= 0) {
                show.typeDigit(digit);
                actions.keyTyped();
                return true;
            }
        }
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, N -> {
                show.cancelTyped();
                show.next();
            }
            case LEFT, UP, PAGE_UP, P -> {
                show.cancelTyped();
                show.previous();
            }
            case BACK_SPACE -> {
                if (!show.eraseTyped()) {
                    show.previous();
                }
            }
            case ENTER -> {
                if (!show.enterTyped()) {
                    show.next();
                }
            }
            case HOME -> show.first();
            case END -> show.last();
            case B, PERIOD -> show.toggleBlank();
            case C -> actions.chooseSlides();
            case ESCAPE -> {
                if (!show.cancelTyped()) {
                    actions.end();
                }
            }
            default -> {
                return false;
            }
        }
        actions.keyTyped();
        return true;
    }
}
