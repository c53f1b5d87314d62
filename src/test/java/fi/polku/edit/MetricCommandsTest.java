package fi.polku.edit;

import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.MetricKind;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A map's own metric is defined, changed and deleted in one step each, and refused with a clear reason. */
class MetricCommandsTest {
    private static final MetricDefinition QUEUE = MetricDefinition.custom("queue-time", "Queue time", "min", 0, 30,
            Direction.LOWER_IS_BETTER);
    private final JourneyMap map = TouchpointCommandsTest.sample();

    private static List<String> words(List<Text> problems) {
        return problems.stream().map(t -> t.in(ENGLISH)).toList();
    }

    @Test
    void definingAMetricIsOneStepThatUndoRemoves() {
        History h = new History(map);
        h.execute(DefineMetric.of(h.current(), QUEUE));
        assertThat(h.current().metric("queue-time")).contains(QUEUE);
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Define metric “Queue time”");
        assertThat(h.undoDescription().orElseThrow().in(FINNISH)).isEqualTo("Määritä mittari ”Queue time”");
        h.undo();
        assertThat(h.current()).isEqualTo(map);
    }

    @Test
    void editingKeepsTheIdAndIsNamedAsAnEdit() {
        JourneyMap defined = DefineMetric.of(map, QUEUE).apply(map);
        MetricDefinition wider = MetricDefinition.custom("queue-time", "Queue", "min", 0, 60, Direction.LOWER_IS_BETTER);
        DefineMetric edit = DefineMetric.of(defined, wider);
        assertThat(edit.description().in(ENGLISH)).isEqualTo("Edit metric “Queue”");
        assertThat(edit.apply(defined).metrics()).containsExactly(wider);
    }

    @Test
    void aNameMustBeGivenAndUnlikeEveryOtherMetricsInEitherLanguage() {
        JourneyMap defined = DefineMetric.of(map, QUEUE).apply(map);
        MetricDefinition other = MetricDefinition.custom("x", "queue TIME", "", 1, 5, Direction.HIGHER_IS_BETTER);
        assertThat(words(MetricRules.problems(defined, other)))
                .containsExactly("A metric named “queue TIME” exists already: choose another name.");
        MetricDefinition tunne = MetricDefinition.custom("x", "Tunne", "", 1, 5, Direction.HIGHER_IS_BETTER);
        assertThat(MetricRules.problems(defined, tunne)).hasSize(1);
        assertThat(words(MetricRules.problems(defined, " ", other))).containsExactly("Give the metric a name.");
        // The metric itself keeps its name when edited.
        assertThat(MetricRules.problems(defined, QUEUE)).isEmpty();
    }

    @Test
    void theMinimumMustBeBelowTheMaximum() {
        MetricDefinition upsideDown = MetricDefinition.custom("x", "Wait", "", 5, 5, Direction.HIGHER_IS_BETTER);
        assertThat(words(MetricRules.problems(map, upsideDown)))
                .containsExactly("The scale’s minimum (5) must be below its maximum (5).");
        assertThatThrownBy(() -> DefineMetric.of(map, upsideDown).apply(map))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeMayNotLeaveMeasurementsOrTargetsOffTheScaleNorChangeAMeasuredKind() {
        JourneyMap measured = measured(DefineMetric.of(map, QUEUE).apply(map), 25);
        MetricDefinition narrower = MetricDefinition.custom("queue-time", "Queue time", "min", 0, 20,
                Direction.LOWER_IS_BETTER);
        assertThat(words(MetricRules.problems(measured, narrower))).containsExactly(
                "A measurement lies outside 0–20: widen the scale or change the measurement first.",
                "A target lies outside 0–20: widen the scale or change the target first.");
        MetricDefinition yesNo = new MetricDefinition("queue-time", "Queue time", "%", 0, 100,
                Direction.LOWER_IS_BETTER, false, MetricKind.YES_NO);
        assertThat(words(MetricRules.problems(measured, yesNo)))
                .containsExactly("“Queue time” has a measurement: its kind cannot change while they exist.");
    }

    @Test
    void aMeasuredMetricIsNotDeletedAndTheReasonNamesTheCard() {
        JourneyMap measured = measured(DefineMetric.of(map, QUEUE).apply(map), 12);
        assertThat(MetricRules.deletionRefusal(measured, "queue-time").in(ENGLISH)).isEqualTo(
                "“Queue time” cannot be deleted: a measurement uses it, on the touchpoint “Haku”. "
                        + "Delete those measurements first.");
        assertThatThrownBy(() -> DeleteMetric.of(measured, "queue-time").apply(measured))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingAnUnmeasuredMetricTakesItsTargetsAlongInOneStep() {
        JourneyMap defined = DefineMetric.of(map, QUEUE).apply(map);
        JourneyMap targeted = defined.withTouchpoints(defined.touchpoints().stream()
                .map(t -> t.id().equals("a") ? t.withTargets(Map.of("queue-time", 5.0, "nps", 10.0)) : t).toList());
        assertThat(MetricRules.deletionRefusal(targeted, "queue-time")).isNull();
        History h = new History(targeted);
        h.execute(DeleteMetric.of(targeted, "queue-time"));
        assertThat(h.current().metrics()).isEmpty();
        assertThat(h.current().touchpoint("a").orElseThrow().targets()).isEqualTo(Map.of("nps", 10.0));
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Delete metric “Queue time”");
        h.undo();
        assertThat(h.current()).isEqualTo(targeted);
    }

    @Test
    void aNewIdIsReadableAndFree() {
        assertThat(DefineMetric.newId(map, "Odotusaika ennen tervehdystä")).isEqualTo("odotusaika-ennen-tervehd");
        assertThat(DefineMetric.newId(map, "Käyntejä / päivä")).isEqualTo("kaynteja-paiva");
        assertThat(DefineMetric.newId(map, "NPS")).isEqualTo("nps-2");
        assertThat(DefineMetric.newId(map, "Haku")).isEqualTo("haku");
        assertThat(DefineMetric.newId(map, "a")).isEqualTo("a-2");
        assertThat(DefineMetric.newId(map, "?!")).isEqualTo("metric");
    }

    /** The map with one queue-time measurement of {@code value} and a target of 25 on card "a". */
    private static JourneyMap measured(JourneyMap map, double value) {
        Measurement m = new Measurement("queue-time", value, 30, null, null, null, null, "", EvidenceLevel.OBSERVED);
        return map.withTouchpoints(map.touchpoints().stream().map(t -> t.id().equals("a")
                ? t.withMeasurements(List.of(m)).withTargets(Map.of("queue-time", 25.0)) : t).toList());
    }
}
