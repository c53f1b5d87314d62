package fi.polku.model;

import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules the records cannot enforce, checked on plain model values with the JSON path of each violation. */
class MapValidatorTest {
    private final JourneyMap base = JourneyMap.empty("m", "Kauppa")
            .withStages(List.of(new Stage("s1", "Ennen")))
            .withLanes(List.of(Lane.channel("l1", "Web", ChannelType.WEB), new Lane("l2", "Tunne", LaneKind.EMOTION, null)))
            .withMetrics(List.of(MetricDefinition.custom("wait", "Waiting time", "min", 0, 60, Direction.LOWER_IS_BETTER)));

    /** Each violation as "path: message" in English, what the file layer and the CLI show. */
    private List<String> english(JourneyMap map) {
        return MapValidator.validate(map).stream()
                .map(v -> v.path() + ": " + v.message().in(Localization.ENGLISH)).toList();
    }

    @Test
    void validMapHasNoViolations() {
        Touchpoint t = Touchpoint.create("t1", "Checkout", "s1", "l1").withImportance(5.0).withEmotion(-3.0)
                .withMeasurements(List.of(Measurement.of("wait", 60, 0, null, "", EvidenceLevel.OBSERVED)))
                .withTargets(Map.of("wait", 0.0, "nps", -100.0));
        assertThat(MapValidator.validate(base.withTouchpoints(List.of(t)))).isEmpty();
    }

    @Test
    void customMetricScaleBoundsMeasurementsAndTargets() {
        Touchpoint t = Touchpoint.create("t1", "", "s1", "l1")
                .withMeasurements(List.of(Measurement.of("wait", 61, null, null, "", null)))
                .withTargets(Map.of("wait", -1.0));
        assertThat(english(base.withTouchpoints(List.of(t)))).containsExactly(
                "$.touchpoints[0].measurements[0].value: touchpoint \"t1\": wait value 61 is outside 0–60",
                "$.touchpoints[0].targets.wait: touchpoint \"t1\": wait target -1 is outside 0–60");
    }

    @Test
    void nonFiniteNumbersAreViolationsNotRangeErrors() {
        Touchpoint t = Touchpoint.create("t1", "Checkout", "s1", "l1").withImportance(Double.NaN)
                .withEmotion(Double.POSITIVE_INFINITY);
        assertThat(MapValidator.validate(base.withTouchpoints(List.of(t))))
                .extracting(v -> v.message().in(Localization.ENGLISH))
                .containsExactly("touchpoint \"Checkout\": importance is not a finite number",
                        "touchpoint \"Checkout\": emotion is not a finite number");
    }

    @Test
    void emptyIdsAndOddTargetKeysAreNamedPrecisely() {
        Touchpoint t = Touchpoint.create("", "Checkout", "s1", "l1").withTargets(Map.of("no such.metric", 1.0));
        assertThat(english(base.withTouchpoints(List.of(t)))).containsExactly(
                "$.touchpoints[0].id: touchpoint \"Checkout\" has an empty id",
                "$.touchpoints[0].targets['no such.metric']: touchpoint \"Checkout\" has a target for metric "
                        + "\"no such.metric\", which is not defined");
    }

    @Test
    void violationsReadInFinnishWithFinnishNumbersAndDates() {
        Touchpoint t = Touchpoint.create("t1", "Kassa", "s1", "l1").withImportance(7.5).withEmotion(-4.0)
                .withMeasurements(List.of(new Measurement("wait", 30, null, null, null,
                        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30), "", null)));
        assertThat(MapValidator.validate(base.withTouchpoints(List.of(t))))
                .extracting(v -> v.message().in(Localization.FINNISH))
                .containsExactly("kosketuspiste ”Kassa”: tärkeys 7,5 on asteikon 1–5 ulkopuolella",
                        "kosketuspiste ”Kassa”: tunne −4 on asteikon −3–3 ulkopuolella",
                        "kosketuspiste ”Kassa”: mittausjakso alkaa 1.10.2026 eli vasta päättymispäivänsä "
                                + "30.9.2026 jälkeen");
    }
}
