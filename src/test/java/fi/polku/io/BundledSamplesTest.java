package fi.polku.io;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.LaneKind;
import fi.polku.model.Lane;
import fi.polku.model.MapValidator;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled samples load without a problem, are already canonical, and together show every feature. */
class BundledSamplesTest {
    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            return files.filter(p -> p.toString().endsWith(".polku.json")).sorted().toList();
        }
    }

    @Test
    void everySampleLoadsValidAndIsCanonical() throws Exception {
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        for (Path sample : samples) {
            JourneyMap map = MapFiles.load(sample);
            assertThat(MapValidator.validate(map)).as(sample.toString()).isEmpty();
            assertThat(new String(MapCodec.write(map), java.nio.charset.StandardCharsets.UTF_8))
                    .as("%s is in canonical form", sample)
                    .isEqualTo(Files.readString(sample));
        }
    }

    @Test
    void samplesTogetherUseEveryLaneKindEvidenceLevelAndSeveralMetrics() throws Exception {
        Set<LaneKind> kinds = EnumSet.noneOf(LaneKind.class);
        Set<EvidenceLevel> evidence = EnumSet.noneOf(EvidenceLevel.class);
        Set<String> metrics = new java.util.TreeSet<>();
        boolean finnish = false;
        boolean opportunityValue = false;
        for (Path sample : samples()) {
            JourneyMap map = MapFiles.load(sample);
            map.lanes().stream().map(Lane::kind).forEach(kinds::add);
            for (Touchpoint t : map.touchpoints()) {
                if (t.evidence() != null) {
                    evidence.add(t.evidence());
                }
                t.measurements().stream().map(Measurement::evidence).forEach(evidence::add);
                t.measurements().stream().map(Measurement::metric).forEach(metrics::add);
            }
            finnish |= map.language().equals("fi") && map.touchpoints().stream()
                    .anyMatch(t -> t.title().matches(".*[äöÄÖ].*"));
            opportunityValue |= map.opportunities().stream().anyMatch(o -> o.estimate() != null
                    && Math.abs(o.estimate().yearlyValue() - 468_000) < 1e-6);
            assertThat(map.touchpoints().stream().filter(t -> !t.targets().isEmpty()).count())
                    .as("%s has targets", sample).isPositive();
            assertThat(map.touchpoints().stream().filter(t -> t.importance() != null).count())
                    .as("%s has importance ratings", sample).isPositive();
        }
        assertThat(kinds).containsExactlyInAnyOrder(LaneKind.values());
        assertThat(evidence).containsExactlyInAnyOrder(EvidenceLevel.values());
        assertThat(metrics).contains("nps", "csat", "ces", "fcr", "emotion")
                .hasSizeGreaterThan(5);
        assertThat(finnish).as("a Finnish sample with ä/ö").isTrue();
        assertThat(opportunityValue).as("the store-bus 468,000 € opportunity").isTrue();
        assertThat(samples().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                .contains("car-dealership.polku.json", "store-bus.polku.json", "billing-complaint.polku.json");
    }
}
