package fi.polku.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.layout.Palette;
import fi.polku.layout.ThemeSizes;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThemeSettingTest {
    private Preferences preferences;

    @BeforeEach
    void freshNode() {
        preferences = Preferences.userRoot().node("polku-test-theme-" + System.nanoTime());
    }

    @AfterEach
    void removeNode() throws Exception {
        preferences.removeNode();
    }

    @Test
    void aFirstStartIsLight() {
        assertThat(ThemeSetting.stored(preferences)).isEqualTo(UiTheme.LIGHT);
    }

    @Test
    void theOldDarkSwitchIsReadAsTheDarkTheme() {
        preferences.putBoolean("theme.dark", true);
        assertThat(ThemeSetting.stored(preferences)).isEqualTo(UiTheme.DARK);
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        preferences.put("theme", "SEPIA");
        assertThat(ThemeSetting.stored(preferences)).isEqualTo(UiTheme.LIGHT);
    }

    @Test
    void theCanvasThemeFollowsTheSettingAndKeepsTheSizes() {
        ThemeSetting setting = new ThemeSetting(preferences);
        assertThat(setting.canvasTheme().get().palette()).isEqualTo(UiTheme.LIGHT.palette());
        for (UiTheme theme : UiTheme.values()) {
            setting.themeProperty().set(theme);
            assertThat(setting.canvasTheme().get().palette()).isEqualTo(theme.palette());
            assertThat(setting.canvasTheme().get().sizes()).isEqualTo(ThemeSizes.standard());
            assertThat(ThemeSetting.stored(preferences)).isEqualTo(theme);
        }
    }

    @Test
    void aPaletteWitherChangesOnlyItsColour() {
        Palette light = Palette.light();
        Palette clear = light.withBackground(0);
        assertThat(clear.background()).isZero();
        assertThat(clear.withBackground(light.background())).isEqualTo(light);
    }
}
