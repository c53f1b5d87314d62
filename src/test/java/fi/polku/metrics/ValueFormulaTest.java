package fi.polku.metrics;

import fi.polku.io.MapFiles;
import fi.polku.layout.OpportunityBadges;
import fi.polku.model.JourneyMap;
import fi.polku.model.ValueEstimate;
import fi.polku.text.Formats;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** The yearly value written out as each language writes money, percentages and thousands. */
class ValueFormulaTest {
    private static final ValueEstimate BUS = new ValueEstimate(40, 0.125, 20, 13, 360, "EUR");

    @Test
    void theStoreBusFormulaReadsAsEachLanguageWritesIt() {
        assertThat(ValueFormula.of(BUS, ENGLISH)).isEqualTo("40 × 12.5% × €20 × 13 × 360 = €468,000");
        assertThat(ValueFormula.of(BUS, FINNISH))
                .isEqualTo("40 × 12,5\u00a0% × 20\u00a0€ × 13 × 360 = 468\u00a0000\u00a0€");
        assertThat(ValueFormula.yearly(BUS, FINNISH)).isEqualTo("468\u00a0000\u00a0€");
        assertThat(ValueFormula.perYear(468_000, "EUR", ENGLISH)).isEqualTo("€468,000/yr");
        assertThat(ValueFormula.perYear(468_000, "EUR", FINNISH)).isEqualTo("468\u00a0000\u00a0€/v");
    }

    @Test
    void moneyShowsCentsOnlyWhenAskedAndThereAreAny() {
        assertThat(Formats.money(ENGLISH, 2.5, "EUR", true)).isEqualTo("€2.50");
        assertThat(Formats.money(FINNISH, 2.5, "EUR", true)).isEqualTo("2,50\u00a0€");
        assertThat(Formats.money(ENGLISH, 20, "EUR", true)).isEqualTo("€20");
        assertThat(Formats.money(ENGLISH, 1234.56, "USD", false)).isEqualTo("$1,235");
        // A currency without a sign of its own, and a code nobody knows, follow the number.
        assertThat(Formats.money(ENGLISH, 1000, "SEK", false)).isEqualTo("1,000\u00a0SEK");
        assertThat(Formats.money(ENGLISH, 1000, "XYZQ", false)).isEqualTo("1,000\u00a0XYZQ");
        assertThat(ValueFormula.of(new ValueEstimate(3, 0.5, 9.99, 2, 250, "EUR"), ENGLISH))
                .isEqualTo("3 × 50% × €9.99 × 2 × 250 = €7,493");
    }

    @Test
    void onlyTheOpportunitiesLaneCardsOfEstimatedOpportunitiesShowAValue() throws Exception {
        JourneyMap storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));

        // o1 links t6 (bus lane), t8 (pain points) and t9 (opportunities lane); o3 has no estimate.
        assertThat(OpportunityBadges.of(storeBus)).containsOnlyKeys("t9")
                .containsEntry("t9", "468\u00a0000\u00a0€/v");
        assertThat(OpportunityBadges.of(storeBus.withLanguage("en"))).containsEntry("t9", "€468,000/yr");
    }
}
