package fi.polku.render;

import fi.polku.model.Brand;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The WCAG contrast rule an accent colour must pass against the white header text. */
class BrandColoursTest {
    @Test
    void contrastRatiosMatchTheWcagWorkedValues() {
        assertThat(BrandColours.contrast(0xFFFFFFFF, 0xFF000000)).isCloseTo(21, within(1e-9));
        assertThat(BrandColours.contrast(0xFF000000, 0xFFFFFFFF)).isCloseTo(21, within(1e-9));
        assertThat(BrandColours.contrast(0xFF777777, 0xFFFFFFFF)).isCloseTo(4.48, within(0.005));
        assertThat(BrandColours.contrast(0xFF767676, 0xFFFFFFFF)).isCloseTo(4.54, within(0.005));
        assertThat(BrandColours.contrast(0xFF123456, 0xFF123456)).isCloseTo(1, within(1e-9));
    }

    @Test
    void aDarkEnoughAccentIsAcceptedAndALightOneRefusedWithItsRatio() {
        assertThat(BrandColours.accentProblem("#767676")).isEmpty();
        assertThat(BrandColours.accentProblem("#1b4965")).isEmpty();
        Text refused = BrandColours.accentProblem("#777777").orElseThrow();
        assertThat(refused.in(Localization.ENGLISH))
                .isEqualTo("contrast 4.4:1 with white header text; at least 4.5:1 is needed");
        assertThat(refused.in(Localization.FINNISH))
                .isEqualTo("kontrasti valkoiseen otsikkotekstiin on 4,4:1; vähintään 4,5:1 tarvitaan");
        assertThat(BrandColours.accentProblem("#F2C14E").orElseThrow().in(Localization.ENGLISH))
                .startsWith("contrast 1.6:1");
    }

    @Test
    void somethingThatIsNoColourIsRefusedAsSuch() {
        assertThat(BrandColours.accentProblem("blue").orElseThrow().in(Localization.ENGLISH))
                .isEqualTo("“blue” is not a colour; write it as #RRGGBB, e.g. #1B4965");
        assertThat(BrandColours.accentProblem("#12345").orElseThrow().in(Localization.FINNISH))
                .isEqualTo("”#12345” ei ole väri; kirjoita se muodossa #RRGGBB, esim. #1B4965");
    }

    @Test
    void aRefusedOrMissingAccentDrawsAsTheStandardOne() {
        assertThat(BrandColours.accent(Brand.NONE)).isEqualTo(BrandColours.STANDARD_ACCENT);
        assertThat(BrandColours.accent(new Brand("#FFFF00", null))).isEqualTo(BrandColours.STANDARD_ACCENT);
        assertThat(BrandColours.accent(new Brand("#1B4965", null))).isEqualTo(0xFF1B4965);
        assertThat(BrandColours.hex(0xFF1B4965)).isEqualTo("#1B4965");
        assertThat(BrandColours.contrast(BrandColours.STANDARD_ACCENT, BrandColours.HEADER_TEXT))
                .isGreaterThanOrEqualTo(BrandColours.MIN_CONTRAST);
    }
}
