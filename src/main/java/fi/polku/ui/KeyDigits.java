package fi.polku.ui;

import javafx.scene.input.KeyCode;

/** The number a digit key stands for, on the main row or the keypad. */
public final class KeyDigits {
    private KeyDigits() {
    }

    /** 0–9 for a digit key ("3" and "Numpad 3" alike), -1 for any other key (F3 too). */
    public static int of(KeyCode code) {
        if (!code.isDigitKey()) {
            return -1;
        }
        String name = code.getName();
        return name.charAt(name.length() - 1) - '0';
    }
}
