package fi.polku.io.survey;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyMergeTest {
    private static SurveyImportResult importCsv(String name, String csv, JourneyMap map) throws Exception {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return SurveyImporter.importCsv(new ByteArrayInputStream(bytes), name, bytes.length,
                SurveyImportOptions.defaults().withMap(map));
    }

    @Test
    void sameMetricFromSameSourceIsReplacedOthersKept() throws Exception {
        JourneyMap map = SurveyFixtures.storeMap();
        Touchpoint queue = map.touchpoint("t-queue").orElseThrow().withMeasurements(List.of(
                Measurement.of("nps", -40, 12, LocalDate.of(2026, 5, 1), "kevät.csv", EvidenceLevel.OBSERVED),
                Measurement.of("nps", 99, 3, null, "syksy.csv", EvidenceLevel.OBSERVED),
                Measurement.of("csat", 80, 20, null, "syksy.csv", EvidenceLevel.OBSERVED)));
        map = map.withTouchpoints(List.of(map.touchpoints().get(0), queue, map.touchpoints().get(2)));

        SurveyImportResult r = importCsv("syksy.csv", "touchpoint,metric,value\nkassajono,nps,10\nKassajono,nps,0\n",
                map);
        JourneyMap merged = SurveyMerge.merge(map, r, null);

        List<Measurement> ms = merged.touchpoint("t-queue").orElseThrow().measurements();
        assertThat(ms).extracting(Measurement::metric, Measurement::source, Measurement::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nps", "kevät.csv", -40.0),
                org.assertj.core.groups.Tuple.tuple("nps", "syksy.csv", 0.0),
                org.assertj.core.groups.Tuple.tuple("csat", "syksy.csv", 80.0));
        assertThat(ms.get(1).n()).isEqualTo(2);
        assertThat(ms.get(1).evidence()).isEqualTo(EvidenceLevel.OBSERVED);
        assertThat(map.touchpoint("t-queue").orElseThrow().measurements().get(1).value()).isEqualTo(99.0);
    }

    @Test
    void aNewRoundFromAFileOfTheSameNameIsAddedAndTheSameRoundReplaced() throws Exception {
        JourneyMap map = SurveyFixtures.storeMap();
        Touchpoint queue = map.touchpoint("t-queue").orElseThrow().withMeasurements(List.of(
                Measurement.of("nps", 99, 3, null, "vastaukset.csv", EvidenceLevel.OBSERVED).withRound("Syksy 2026")));
        map = map.withTouchpoints(List.of(map.touchpoints().get(0), queue, map.touchpoints().get(2)));
        SurveyImportResult r = importCsv("vastaukset.csv", "touchpoint,metric,value\nkassajono,nps,10\n", map);
        ImportedScore score = r.scores().getFirst();
        SurveyImportResult spring = new SurveyImportResult(r.source(), r.rowsRead(), List.of(new ImportedScore(
                score.touchpointId(), score.touchpointName(), score.result(), score.measurement().withRound("Kevät 2027"))),
                r.rejected(), r.rejectedCount(), r.unmatchedNames());
        SurveyImportResult autumnAgain = new SurveyImportResult(r.source(), r.rowsRead(), List.of(new ImportedScore(
                score.touchpointId(), score.touchpointName(), score.result(), score.measurement().withRound("Syksy 2026"))),
                r.rejected(), r.rejectedCount(), r.unmatchedNames());

        assertThat(SurveyMerge.merge(map, spring, null).touchpoint("t-queue").orElseThrow().measurements())
                .extracting(Measurement::round, Measurement::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Syksy 2026", 99.0),
                        org.assertj.core.groups.Tuple.tuple("Kevät 2027", 100.0));
        assertThat(SurveyMerge.merge(map, autumnAgain, null).touchpoint("t-queue").orElseThrow().measurements())
                .extracting(Measurement::round, Measurement::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Syksy 2026", 100.0));
    }

    @Test
    void unmatchedNamesBecomeTouchpointsOnlyWhenAsked() throws Exception {
        JourneyMap map = SurveyFixtures.storeMap();
        SurveyImportResult r = importCsv("k.csv", "touchpoint,metric,value\nPysäköinti,csat,5\npysakointi,ces,6\n"
                + "Tervehdys,csat,4\n", map);

        JourneyMap skipped = SurveyMerge.merge(map, r, null);
        assertThat(skipped.touchpoints()).hasSize(3);
        assertThat(skipped.touchpoint("t-greet").orElseThrow().measurements()).hasSize(1);

        JourneyMap created = SurveyMerge.merge(map, r, new SurveyMerge.NewTouchpoints("s1", "store"));
        assertThat(created.touchpoints()).hasSize(4);
        Touchpoint parking = created.touchpoints().getLast();
        assertThat(parking.id()).isEqualTo("pysakointi");
        assertThat(parking.title()).isEqualTo("Pysäköinti");
        assertThat(parking.isIn("s1", "store")).isTrue();
        assertThat(parking.measurements()).extracting(Measurement::metric).containsExactly("csat", "ces");

        assertThatThrownBy(() -> SurveyMerge.merge(map, r, new SurveyMerge.NewTouchpoints("s9", "store")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"s9\"");
    }
}
