package fi.polku.ui.inspector;

import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import static fi.polku.model.ValueFactor.CUSTOMERS_PER_OCCURRENCE;
import static fi.polku.model.ValueFactor.SHARE_CONVERTING;
import static org.assertj.core.api.Assertions.assertThat;

/** Value factors as typed: the share as a percentage, empty as 0, refusals with their reasons. */
class FactorInputTest {
    @Test
    void theShareIsTypedAsAPercentageAndStoredAsAShareWithoutBinaryNoise() {
        assertThat(FactorInput.check(SHARE_CONVERTING, "12,5").value()).isEqualTo(0.125);
        assertThat(FactorInput.check(SHARE_CONVERTING, "7").value()).isEqualTo(0.07);
        assertThat(FactorInput.format(SHARE_CONVERTING, 0.07)).isEqualTo("7");
        assertThat(FactorInput.format(SHARE_CONVERTING, 0.125)).isEqualTo("12.5");
        assertThat(FactorInput.check(SHARE_CONVERTING, "100").error()).isNull();
    }

    @Test
    void emptyIsZeroAndZeroShowsEmpty() {
        assertThat(FactorInput.check(CUSTOMERS_PER_OCCURRENCE, "  ")).isEqualTo(new FactorInput.Checked(0, null));
        assertThat(FactorInput.format(CUSTOMERS_PER_OCCURRENCE, 0.0)).isEmpty();
        assertThat(FactorInput.format(CUSTOMERS_PER_OCCURRENCE, null)).isEmpty();
        assertThat(FactorInput.format(CUSTOMERS_PER_OCCURRENCE, 1234.5)).isEqualTo("1234.5");
    }

    @Test
    void negativeNumbersSharesOverAHundredAndWordsAreRefusedInTheWindowsLanguage() {
        assertThat(FactorInput.check(CUSTOMERS_PER_OCCURRENCE, "-1").error()).isEqualTo("Enter 0 or more.");
        assertThat(FactorInput.check(SHARE_CONVERTING, "100,1").error()).isEqualTo("A share is at most 100 %.");
        assertThat(FactorInput.check(CUSTOMERS_PER_OCCURRENCE, "forty").error()).isEqualTo("“forty” is not a number.");
        Localization.setUi(Localization.FINNISH);
        try {
            assertThat(FactorInput.check(CUSTOMERS_PER_OCCURRENCE, "-1").error()).isEqualTo("Anna 0 tai enemmän.");
            assertThat(FactorInput.check(SHARE_CONVERTING, "120").error()).isEqualTo("Osuus on enintään 100 %.");
        } finally {
            Localization.setUi(Localization.ENGLISH);
        }
    }

    @Test
    void oneFactorChangesAndTheRestStay() {
        ValueEstimate bus = new ValueEstimate(40, 0.125, 20, 13, 0, "EUR");
        assertThat(FactorInput.with(bus, ValueFactor.DAYS_PER_YEAR, 360).yearlyValue()).isEqualTo(468_000.0);
        assertThat(FactorInput.with(bus, ValueFactor.DAYS_PER_YEAR, 360).currency()).isEqualTo("EUR");
    }
}
