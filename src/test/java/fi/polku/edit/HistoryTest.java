package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MapGenerator;
import fi.polku.model.ChannelType;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {
    static JourneyMap oneCard() {
        return JourneyMap.empty("m", "Kartta")
                .withStages(List.of(new Stage("s1", "Osto")))
                .withLanes(List.of(Lane.channel("l1", "Myymälä", ChannelType.STORE)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Kassa", "s1", "l1")));
    }

    @Test
    void undoThenNewEditMakesRedoUnavailable() {
        History h = new History(oneCard());
        h.execute(new RenameStage("s1", "Ostos"));
        h.undo();
        assertThat(h.canRedo()).isTrue();

        h.execute(new RenameStage("s1", "Kassalla"));

        assertThat(h.canRedo()).isFalse();
        h.redo();
        assertThat(h.current().stages().getFirst().name()).isEqualTo("Kassalla");
    }

    @Test
    void dirtyClearsWhenUndoingBackToTheSavedMap() {
        JourneyMap opened = oneCard();
        History h = new History(opened);
        assertThat(h.isDirty()).isFalse();
        h.execute(new RenameStage("s1", "Ostos"));
        assertThat(h.isDirty()).isTrue();
        h.undo();
        assertThat(h.isDirty()).isFalse();
        h.redo();
        assertThat(h.isDirty()).isTrue();
    }

    @Test
    void savingWithANewModifiedTimeIsNotDirty() {
        History h = new History(oneCard());
        h.execute(new RenameStage("s1", "Ostos"));
        h.markSaved(h.current().withTimestamps(Instant.EPOCH, Instant.parse("2026-11-23T10:00:00Z")));
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
    }

    @Test
    void commandThatChangesNothingIsNotRecorded() {
        History h = new History(oneCard());
        assertThat(h.execute(new RenameStage("s1", "Osto"))).isFalse();
        assertThat(h.execute(new DeleteTouchpoints(List.of("missing")))).isFalse();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void typingBurstIsOneStepUntilMergeEnds() {
        History h = new History(oneCard());
        JourneyMap start = h.current();
        for (String t : List.of("K", "Ka", "Kas", "Kass")) {
            h.execute(UpdateTouchpoints.title("t1", t));
        }
        assertThat(h.undoDescription().map(t -> t.in(ENGLISH))).contains("Rename touchpoint to “Kass”");
        h.endMerge();
        h.execute(UpdateTouchpoints.title("t1", "Kassa2"));

        h.undo();
        assertThat(h.current().touchpoint("t1").orElseThrow().title()).isEqualTo("Kass");
        h.undo();
        assertThat(h.current()).isEqualTo(start);
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void burstThatEndsWhereItStartedLeavesNoStep() {
        History h = new History(oneCard());
        h.execute(UpdateTouchpoints.title("t1", "Kassax"));
        h.execute(UpdateTouchpoints.title("t1", "Kassa"));
        assertThat(h.canUndo()).isFalse();
        assertThat(h.isDirty()).isFalse();
        h.execute(UpdateTouchpoints.title("t1", "Kassay"));
        assertThat(h.canUndo()).isTrue();
        h.undo();
        assertThat(h.current()).isEqualTo(oneCard());
    }

    @Test
    void differentFieldsDoNotMerge() {
        History h = new History(oneCard());
        h.execute(UpdateTouchpoints.importance(h.current(), List.of("t1"), 4.0));
        h.execute(UpdateTouchpoints.emotion(h.current(), List.of("t1"), -2.0));
        h.undo();
        assertThat(h.current().touchpoint("t1").orElseThrow().importance()).isEqualTo(4.0);
    }

    @Test
    void emotionDragIsOneStep() {
        History h = new History(oneCard());
        for (double e = 0; e <= 3; e += 0.5) {
            h.execute(UpdateTouchpoints.emotion(h.current(), List.of("t1"), e));
        }
        assertThat(h.undoDescription().map(t -> t.in(ENGLISH))).contains("Set emotion of “Kassa”");
        h.undo();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.current().touchpoint("t1").orElseThrow().emotion()).isNull();
    }

    @Test
    void oldestStepsAreForgottenBeyondTheLimit() {
        History h = new History(oneCard(), 3);
        for (int i = 1; i <= 5; i++) {
            h.execute(new RenameStage("s1", "Vaihe " + i));
            h.endMerge();
        }
        int undos = 0;
        while (h.canUndo()) {
            h.undo();
            undos++;
        }
        assertThat(undos).isEqualTo(3);
        assertThat(h.current().stages().getFirst().name()).isEqualTo("Vaihe 2");
    }

    @Test
    void oldestStepsAreForgottenBeyondTheMemoryBudgetByTheSizeOfWhatEachStepChanged() {
        JourneyMap map = MapGenerator.generate(1_000, 10, 5, 1);
        // A card edit makes a new touchpoint list: 1,024 + 12 × 1,000 bytes; a stage rename shares it: 1,024.
        History h = new History(map, History.DEFAULT_LIMIT, 40_000);
        for (int i = 0; i < 10; i++) {
            changeImportance(h, map.touchpoints().get(i).id());
        }
        assertThat(undoAll(h)).as("card edits of 13,024 bytes within 40,000").isEqualTo(3);
        // The three newest edits (cards 7 to 9) were undone; the older ones were forgotten, not undone.
        assertThat(h.current().touchpoints().get(7)).isEqualTo(map.touchpoints().get(7));
        assertThat(h.current().touchpoints().get(6)).isNotEqualTo(map.touchpoints().get(6));

        History renames = new History(map, History.DEFAULT_LIMIT, 40_000);
        for (int i = 0; i < 50; i++) {
            renames.execute(new RenameStage(map.stages().getFirst().id(), "Vaihe " + i));
            renames.endMerge();
        }
        assertThat(undoAll(renames)).as("renames of 1,024 bytes within 40,000").isEqualTo(39);
    }

    @Test
    void aStepLargerThanTheWholeBudgetIsStillKeptAsTheNewestOne() {
        JourneyMap map = MapGenerator.generate(1_000, 10, 5, 1);
        History h = new History(map, History.DEFAULT_LIMIT, 100);
        changeImportance(h, map.touchpoints().getFirst().id());
        changeImportance(h, map.touchpoints().get(1).id());
        assertThat(undoAll(h)).isEqualTo(1);
    }

    @Test
    void theDefaultBudgetIsAQuarterOfTheHeapAndKeepsHundredsOfStepsOfALargeMap() {
        assertThat(History.defaultMemoryBudget()).isEqualTo(Runtime.getRuntime().maxMemory() / 4);
        JourneyMap map = MapGenerator.generate(20_000, 30, 14, 1);
        History h = new History(map);
        for (int i = 0; i < 200; i++) {
            changeImportance(h, map.touchpoints().get(i).id());
        }
        assertThat(undoAll(h)).isEqualTo(200);
        assertThat(h.current()).isEqualTo(map);
    }

    private static void changeImportance(History h, String card) {
        Double was = h.current().touchpoint(card).orElseThrow().importance();
        assertThat(h.execute(UpdateTouchpoints.importance(h.current(), List.of(card),
                Double.valueOf(1.0).equals(was) ? 2.0 : 1.0))).isTrue();
    }

    private static int undoAll(History h) {
        int undos = 0;
        while (h.canUndo()) {
            h.undo();
            undos++;
        }
        return undos;
    }

    @Test
    void listenerCannotExecuteWhileBeingTold() {
        History h = new History(oneCard());
        h.addListener(x -> x.execute(new RenameStage("s1", "nested")));
        assertThatThrownBy(() -> h.execute(new RenameStage("s1", "Ostos")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listenersHearEveryChange() {
        History h = new History(oneCard());
        int[] calls = {0};
        h.addListener(x -> calls[0]++);
        h.execute(new RenameStage("s1", "Ostos"));
        h.undo();
        h.redo();
        h.markSaved(h.current());
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    void menuDescriptionsFollowUndoAndRedo() {
        History h = new History(oneCard());
        h.execute(new MoveTouchpoints(List.of("t1"), "s1", "l1", 0));
        assertThat(h.undoDescription()).isEmpty();
        h.execute(new AddStage(new Stage("s2", "Oston jälkeen"), 1));
        assertThat(h.undoDescription().map(t -> t.in(ENGLISH))).contains("Add stage");
        h.undo();
        assertThat(h.undoDescription()).isEmpty();
        assertThat(h.redoDescription().map(t -> t.in(ENGLISH))).contains("Add stage");
    }

    @Test
    void editsOfALargeMapShareEverythingTheyDoNotChange() {
        JourneyMap xl = MapGenerator.generate(20_000, 30, 14, 1);
        History h = new History(xl);
        h.execute(new RenameStage("s1", "Alku"));
        assertThat(h.current().touchpoints()).isSameAs(xl.touchpoints());
        String id = xl.touchpoints().get(10_000).id();
        JourneyMap before = h.current();
        h.execute(UpdateTouchpoints.importance(before, List.of(id), 5.0));
        for (int i = 0; i < xl.touchpoints().size(); i++) {
            if (i != 10_000) {
                assertThat(h.current().touchpoints().get(i)).isSameAs(before.touchpoints().get(i));
            }
        }
        assertThat(h.current().stages()).isSameAs(before.stages());
        assertThat(h.current().connections()).isSameAs(before.connections());
    }

    @Test
    void undoReachesBackThroughThousandsOfStepsWithNoCountLimit() {
        JourneyMap start = JourneyMap.empty("m", "Start");
        History history = new History(start);
        for (int i = 1; i <= 3_000; i++) {
            String title = "Title " + i;
            history.execute(new SetMapProperties(title, "", "en", "", List.of()));
            history.endMerge();
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(3_000);
        assertThat(history.current()).isEqualTo(start);
    }
}
