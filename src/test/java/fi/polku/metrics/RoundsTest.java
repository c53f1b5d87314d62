package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundsTest {
    private static Measurement m(String round, LocalDate from, LocalDate to) {
        return new Measurement("csat", 50, 10, null, null, from, to, "x", EvidenceLevel.OBSERVED, round);
    }

    private static final JourneyMap MAP = JourneyMap.empty("m", "M").withTouchpoints(List.of(
            Touchpoint.create("t1", "T1", "s", "l").withMeasurements(List.of(
                    m("Kevät 2027", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)),
                    m("Syksy 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)),
                    m("", null, LocalDate.of(2026, 11, 15)),
                    m("", null, null))),
            Touchpoint.create("t2", "T2", "s", "l").withMeasurements(List.of(
                    m("Syksy 2026", null, LocalDate.of(2026, 11, 2))))));

    @Test
    void listsNamedRoundsEarliestFirstWithTheirDays() {
        assertThat(Rounds.of(MAP)).containsExactly(
                new Rounds.Summary("Syksy 2026", 2, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 2)),
                new Rounds.Summary("Kevät 2027", 1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)));
    }

    @Test
    void aRoundIsANameOrADateRangeByTheLastDay() {
        assertThat(Rounds.find(MAP, "Syksy 2026")).contains(Round.named("Syksy 2026"));
        assertThat(Rounds.find(MAP, " syksy 2026 ")).contains(Round.named("Syksy 2026"));
        assertThat(Rounds.find(MAP, "Talvi")).isEmpty();
        Round autumn = Rounds.find(MAP, "2026-09-01..2026-11-30").orElseThrow();
        // Both autumn measurements and the untagged one of 15 November; not the undated one.
        assertThat(Rounds.count(MAP, autumn)).isEqualTo(3);
        assertThat(Rounds.count(MAP, Round.parseRange("..2026-10-31").orElseThrow())).isEqualTo(1);
        assertThat(Rounds.count(MAP, Round.parseRange("2027-01-01..").orElseThrow())).isEqualTo(1);
        assertThat(Round.parseRange("2026-11-30..2026-09-01")).isEmpty();
        assertThat(Round.parseRange("2026-02-30..2026-03-01")).isEmpty();
        assertThat(Round.parseRange("Syksy 2026")).isEmpty();
    }

    @Test
    void selectKeepsOnlyTheRoundsMeasurements() {
        JourneyMap autumn = Round.named("Syksy 2026").select(MAP);
        assertThat(autumn.touchpoints()).extracting(t -> t.measurements().size()).containsExactly(1, 1);
        assertThat(autumn.touchpoints().get(1)).isSameAs(MAP.touchpoints().get(1));
    }

    @Test
    void labelsReadInBothLanguages() {
        Round range = Round.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
        assertThat(range.label().in(Localization.FINNISH)).isEqualTo("1.9.2026–30.11.2026");
        assertThat(Round.between(LocalDate.of(2026, 9, 1), null).label().in(Localization.FINNISH))
                .isEqualTo("1.9.2026 alkaen");
        assertThat(Round.named("Syksy 2026").label().in(Localization.ENGLISH)).isEqualTo("Syksy 2026");
    }
}
