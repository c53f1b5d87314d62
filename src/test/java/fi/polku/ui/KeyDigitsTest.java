package fi.polku.ui;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyDigitsTest {
    @Test
    void digitKeysOnTheRowAndTheKeypadGiveTheirNumberAndOtherKeysNone() {
        assertThat(KeyDigits.of(KeyCode.DIGIT0)).isZero();
        assertThat(KeyDigits.of(KeyCode.DIGIT7)).isEqualTo(7);
        assertThat(KeyDigits.of(KeyCode.NUMPAD3)).isEqualTo(3);
        assertThat(KeyDigits.of(KeyCode.F3)).isEqualTo(-1);
        assertThat(KeyDigits.of(KeyCode.A)).isEqualTo(-1);
    }
}
