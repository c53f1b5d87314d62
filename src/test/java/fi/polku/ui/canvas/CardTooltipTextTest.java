package fi.polku.ui.canvas;

import fi.polku.metrics.TargetStatus;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.Touchpoint;
import fi.polku.ui.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The card hover text comes from the bundle, so a translation of it needs no code change. */
class CardTooltipTextTest {
    @Test
    void everyStatusAndEvidenceLevelHasItsWordsInTheBundle() {
        for (TargetStatus s : TargetStatus.values()) {
            assertThat(Messages.get("tooltip.status." + s.name())).as(s.name()).doesNotStartWith("!");
        }
        for (EvidenceLevel e : EvidenceLevel.values()) {
            assertThat(Messages.get("tooltip.EvidenceLevel." + e.name())).as(e.name()).doesNotStartWith("!");
        }
    }

    @Test
    void anUntitledCardWithImportanceEmotionAndEvidenceReadsInEnglish() {
        Touchpoint tp = Touchpoint.create("t", " ", "s", "l").withImportance(4.0).withEmotion(-1.5)
                .withEvidence(EvidenceLevel.ASSUMED);
        var map = fi.polku.model.JourneyMap.empty("m", "M");
        assertThat(CardTooltipText.of(tp, map)).isEqualTo("(untitled)\nImportance 4 / 5\nEmotion \u22121.5\nEvidence: assumed");
    }
}
