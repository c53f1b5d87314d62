package fi.polku.render.present;

import fi.polku.layout.Palette;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Chart colours carried over to a dark palette keep their meaning: red stays red, white becomes the room's dark. */
class PaletteColoursTest {
    private static final Palette DARK = Palette.light().withBackground(0xFF101418);

    @Test
    void theLightPaletteLeavesEveryColourAsItIs() {
        PaletteColours light = new PaletteColours(Palette.light());
        assertThat(light.identity()).isTrue();
        assertThat(light.map(0xFFC62828)).isEqualTo(0xFFC62828);
        assertThat(light.map(0xFFFFFFFF)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void whiteBecomesTheBackgroundAndBlackTheTextKeepingAlpha() {
        PaletteColours dark = new PaletteColours(DARK);
        assertThat(dark.map(0xFFFFFFFF)).isEqualTo(DARK.background());
        assertThat(dark.map(0xFF000000)).isEqualTo(DARK.cardText());
        assertThat(dark.map(0x80FFFFFF) >>> 24).isEqualTo(0x80);
    }

    @Test
    void aColourKeepsItsHueWhileItsLightnessFollowsThePalette() {
        PaletteColours dark = new PaletteColours(new Palette(0xFF101418, 0, 0, 0, 0, 0, 0, 0, 0, 0xFFF0F0F0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        int red = 0xFFC62828;
        int tint = 0xFFFDEEEE;
        double[] before = PaletteColours.hsl(red);
        double[] after = PaletteColours.hsl(dark.map(red));
        assertThat(after[0]).isCloseTo(before[0], within(0.01));
        // The pale tint of a quadrant becomes a dark one: still reddish, close to the background.
        double[] tinted = PaletteColours.hsl(dark.map(tint));
        assertThat(tinted[2]).isLessThan(0.2);
        assertThat(tinted[0]).isCloseTo(PaletteColours.hsl(tint)[0], within(0.02));
    }

    @Test
    void hslRoundTrips() {
        for (int argb : new int[] {0xFFC62828, 0xFF2E7D32, 0xFF1565C0, 0xFFE37400, 0xFF607D8B}) {
            double[] hsl = PaletteColours.hsl(argb);
            assertThat(PaletteColours.rgb(hsl[0], hsl[1], hsl[2])).isEqualTo(argb);
        }
    }
}
