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

    @Test
    void projectorModeEnlargesTheMapInAnyThemeAndIsRemembered() {
        ThemeSetting setting = new ThemeSetting(preferences);
        setting.themeProperty().set(UiTheme.DARK);
        setting.projectorProperty().set(true);
        assertThat(setting.canvasTheme().get().sizes()).isEqualTo(ThemeSizes.projector());
        assertThat(setting.canvasTheme().get().palette()).isEqualTo(Palette.dark());
        assertThat(new ThemeSetting(preferences).projectorProperty().get()).isTrue();
        ThemeSizes big = ThemeSizes.projector();
        ThemeSizes standard = ThemeSizes.standard();
        assertThat(big.titleSize()).isGreaterThan(standard.titleSize());
        assertThat(big.headerSize()).isGreaterThan(standard.headerSize());
        assertThat(big.smallSize()).isGreaterThan(standard.smallSize());
        assertThat(big.lineWidth()).isGreaterThan(standard.lineWidth());
        // Text grows more than the cards, so that it is larger against the map even when fitted to the
        // window; the cards still grow some, so that a title takes only about a line more.
        double text = big.titleSize() / standard.titleSize();
        double card = big.cardWidth() / standard.cardWidth();
        assertThat(text).isGreaterThan(card + 0.1);
        assertThat(card).isGreaterThan(1.05);
    }

    @Test
    void onlyTheHighContrastThemeLaysItsOwnStylesheetOverAtlantaFx() {
        assertThat(UiTheme.LIGHT.extraStylesheet()).isNull();
        assertThat(UiTheme.DARK.extraStylesheet()).isNull();
        assertThat(UiTheme.HIGH_CONTRAST.extraStylesheet()).endsWith("high-contrast.css");
        assertThat(UiTheme.HIGH_CONTRAST.stylesheet()).isEqualTo(UiTheme.LIGHT.stylesheet());
    }
}
