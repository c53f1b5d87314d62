package fi.polku.ui.inspector;

import fi.polku.edit.History;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.ui.DocumentEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector's number and date fields in a Finnish window: values are shown as Finnish writes them
 * (12,5 and 30.9.2026) and read back whether typed with a decimal comma or a point, with spaces between
 * thousands, in Finnish day-first form or as ISO dates.
 */
class FinnishInspectorFieldsTest {
    private final History history = new History(JourneyMap.empty("m", "Kartta")
            .withStages(List.of(new Stage("s1", "Ennen ostoa")))
            .withLanes(List.of(Lane.channel("l1", "Myymälä", fi.polku.model.ChannelType.STORE)))
            .withTouchpoints(List.of(Touchpoint.create("t1", "Bussimatka", "s1", "l1")
                    .withMeasurements(List.of(Measurement.of("nps", 12.5, 64, LocalDate.of(2026, 9, 30),
                            "Kysely", EvidenceLevel.OBSERVED))))));
    private final MeasurementsViewModel model = new MeasurementsViewModel(new DocumentEditor(history));

    @BeforeEach
    void finnish() {
        Localization.setUi(FINNISH);
        model.load("t1", history.current());
    }

    @AfterEach
    void english() {
        Localization.setUi(ENGLISH);
    }

    @Test
    void numbersAreShownWithADecimalCommaAndReadWithACommaOrAPoint() {
        assertThat(Numbers.format(12.5)).isEqualTo("12,5");
        assertThat(Numbers.format(12.0)).isEqualTo("12");
        assertThat(Numbers.format(-0.5)).isEqualTo("-0,5");
        assertThat(Numbers.format(12.5, ENGLISH)).isEqualTo("12.5");
        assertThat(Numbers.parse("78,2")).hasValue(78.2);
        assertThat(Numbers.parse("78.2")).hasValue(78.2);
        assertThat(Numbers.parse(" 1 234,5 ")).hasValue(1234.5);
        assertThat(Numbers.parse("1\u00a0234,5")).hasValue(1234.5);
        assertThat(Numbers.parse("1,234.5")).hasValue(1234.5);
        assertThat(Numbers.parse("\u22123")).hasValue(-3.0);
        assertThat(Numbers.parse("1e3")).isEmpty();
        assertThat(Numbers.parse("NaN")).isEmpty();
        assertThat(Numbers.parse("12,5,1")).isEmpty();
        assertThat(Numbers.parse("")).isEmpty();
    }

    @Test
    void aMeasurementIsShownInFinnishAndTakesACommaAndSpacedThousands() {
        model.select(0);
        assertThat(model.value.get()).isEqualTo("12,5");

        model.value.valueProperty().set("78,2");
        model.n.valueProperty().set("1 204");
        assertThat(model.apply()).isTrue();

        Measurement saved = history.current().touchpoint("t1").map(Touchpoint::measurements).orElseThrow().getFirst();
        assertThat(saved.value()).isEqualTo(78.2);
        assertThat(saved.n()).isEqualTo(1204);
    }

    @Test
    void aValueOutsideTheScaleIsRefusedWithTheScaleInFinnish() {
        model.value.valueProperty().set("150,5");
        assertThat(model.value.errorProperty().get()).contains("150,5").contains("(-100–100)");
    }

    @Test
    void datesAreShownDayFirstAndReadInFinnishOrIsoForm() {
        var dates = MeasurementsView.tolerantDates(model.date);
        assertThat(dates.toString(LocalDate.of(2026, 10, 2))).isEqualTo("2.10.2026");
        assertThat(dates.fromString("3.11.2026")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(dates.fromString("03.11.2026")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(dates.fromString("2026-11-03")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(model.date.errorProperty().get()).isNull();

        assertThat(dates.fromString("31.9.2026")).isNull();
        assertThat(model.date.errorProperty().get()).isEqualTo(
                Localization.format(FINNISH, "measurement.date.invalid", "31.9.2026"));
    }

    @Test
    void anEnglishWindowShowsTheEnglishDateAndStillReadsTheOtherForms() {
        Localization.setUi(ENGLISH);
        var dates = MeasurementsView.tolerantDates(model.date);
        assertThat(dates.toString(LocalDate.of(2026, 10, 2))).isEqualTo("Oct 2, 2026");
        assertThat(dates.fromString("Oct 2, 2026")).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(dates.fromString("2.10.2026")).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(dates.fromString("2026-10-02")).isEqualTo(LocalDate.of(2026, 10, 2));
    }
}
