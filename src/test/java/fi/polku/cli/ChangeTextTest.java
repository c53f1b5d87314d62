package fi.polku.cli;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.diff.FieldChange;
import fi.polku.model.diff.ItemKind;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a difference's fields and values read on the command line, in both languages. */
class ChangeTextTest {
    private final ChangeText english = new ChangeText(Localization.ENGLISH);
    private final ChangeText finnish = new ChangeText(Localization.FINNISH);

    @Test
    void everyFieldOfEveryComparedItemHasWordsInBothLanguages() {
        JourneyMap map = DiffCommandTest.MAP;
        for (ItemKind kind : ItemKind.values()) {
            Class<?> type = kind == ItemKind.MAP ? JourneyMap.class : kind.items(map).isEmpty()
                    ? null : kind.items(map).getFirst().getClass();
            if (type == null) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                // A field added to the model needs cli.diff.field.NAME in both cli bundles.
                assertThat(Localization.has("cli.diff.field." + c.getName()) || List.of("id", "stageId", "laneId",
                        "modified", "personas", "metrics", "stages", "lanes", "touchpoints", "connections",
                        "opportunities").contains(c.getName())).as(type.getSimpleName() + "." + c.getName()).isTrue();
            }
        }
    }

    @Test
    void valuesReadAsAPersonWritesThem() {
        assertThat(finnish.change(new FieldChange("importance", 3.0, 4.5))).isEqualTo("tärkeys: 3 → 4,5");
        assertThat(english.change(new FieldChange("evidence", null, EvidenceLevel.OBSERVED)))
                .isEqualTo("evidence: (none) → Observed (measured)");
        assertThat(finnish.change(new FieldChange("evidence", EvidenceLevel.ASSUMED, EvidenceLevel.OBSERVED)))
                .isEqualTo("näyttö: Oletettu (työpajan arvio) → Havaittu (mitattu)");
        assertThat(finnish.change(new FieldChange("tags", List.of(), List.of("kiire", "mobiili"))))
                .isEqualTo("tunnisteet: (ei arvoa) → kiire, mobiili");
        Measurement m = Measurement.of("nps", 20, 50, null, "", EvidenceLevel.OBSERVED);
        assertThat(finnish.change(new FieldChange("measurements", List.of(m), List.of(m, m))))
                .isEqualTo("mittaukset: 1 kpl → 2 kpl");
        assertThat(english.change(new FieldChange("targets", Map.of(), Map.of("nps", 30.0))))
                .isEqualTo("targets: (none) → nps 30");
        assertThat(finnish.change(new FieldChange("kind", LaneKind.CHANNEL, LaneKind.BACKSTAGE)))
                .startsWith("laji: ").doesNotContain("CHANNEL");
        assertThat(english.change(new FieldChange("title", "x".repeat(100), "y"))).contains("…");
    }

    @Test
    void anItemWithoutATitleIsNamedByItsId() {
        assertThat(english.item(ItemKind.CONNECTION, "c3", "")).isEqualTo("Connection (c3)");
        assertThat(finnish.item(ItemKind.LANE, "l1", Lane.channel("l1", "Chat", null).name()))
                .isEqualTo("Kaista ”Chat” (l1)");
    }
}
