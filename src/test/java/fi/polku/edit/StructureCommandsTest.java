package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapInvariants;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stages (columns) and lanes (rows). */
class StructureCommandsTest {
    private final JourneyMap map = TouchpointCommandsTest.sample();

    @Test
    void addStageInsertsAtTheIndexWithAFreshId() {
        AddStage add = AddStage.named(map, "Harkinta", 1);
        JourneyMap out = add.apply(map);
        assertThat(out.stages()).extracting(Stage::name).containsExactly("Ennen ostoa", "Harkinta", "Osto");
        assertThat(add.stage().id()).isNotIn("s1", "s2");
        assertThat(AddStage.named(map, "Loppu", 50).apply(map).stages().getLast().name()).isEqualTo("Loppu");
        assertThat(add.description().in(ENGLISH)).isEqualTo("Add stage");
    }

    @Test
    void renameStageMergesTypingAndNamesTheStep() {
        RenameStage rename = new RenameStage("s2", "Ostos");
        assertThat(rename.apply(map).stage("s2").orElseThrow().name()).isEqualTo("Ostos");
        assertThat(rename.description().in(ENGLISH)).isEqualTo("Rename stage");
        assertThat(rename.mergeKey()).isEqualTo(new RenameStage("s2", "O").mergeKey())
                .isNotEqualTo(new RenameStage("s1", "O").mergeKey());
        assertThat(new RenameStage("s2", "Osto").apply(map)).isSameAs(map);
        assertThat(new RenameStage("nope", "x").apply(map)).isSameAs(map);
    }

    @Test
    void moveStageSetsItsFinalIndexAndItsCardsFollow() {
        JourneyMap out = new MoveStage("s2", 0).apply(map);
        assertThat(out.stages()).extracting(Stage::id).containsExactly("s2", "s1");
        assertThat(out.touchpoints()).isEqualTo(map.touchpoints());
        assertThat(new MoveStage("s2", 1).apply(map)).isSameAs(map);
        assertThat(new MoveStage("s1", 99).apply(map).stages()).extracting(Stage::id).containsExactly("s2", "s1");
    }

    @Test
    void deleteStageDeletesItsCardsAndEverythingPointingAtThem() {
        assertThat(DeleteStage.touchpointsIn(map, "s1")).isEqualTo(3);
        JourneyMap out = new DeleteStage("s1").apply(map);
        assertThat(out.stages()).extracting(Stage::id).containsExactly("s2");
        assertThat(out.touchpoints()).extracting(Touchpoint::id).containsExactly("d");
        assertThat(out.connections()).isEmpty();
        assertThat(out.opportunities().getFirst().touchpointIds()).isEmpty();
        assertThat(MapInvariants.problems(out)).isEmpty();
        assertThat(new DeleteStage("s9").apply(map)).isSameAs(map);
    }

    @Test
    void addLaneKeepsAChannelOnlyOnChannelLanes() {
        AddLane emotion = AddLane.named(map, "Tunne", LaneKind.EMOTION, ChannelType.WEB, 0);
        JourneyMap out = emotion.apply(map);
        assertThat(out.lanes().getFirst()).isEqualTo(new Lane(emotion.lane().id(), "Tunne", LaneKind.EMOTION, null));
        assertThat(emotion.description().in(ENGLISH)).isEqualTo("Add lane");
        AddLane broken = new AddLane(new Lane("l9", "Tunne", LaneKind.EMOTION, ChannelType.WEB), 0);
        assertThatThrownBy(() -> broken.apply(map)).isInstanceOf(IllegalArgumentException.class);
        AddLane clash = new AddLane(Lane.channel("a", "Chat", ChannelType.CHAT), 0);
        assertThatThrownBy(() -> clash.apply(map)).hasMessageContaining("\"a\" is already used");
    }

    @Test
    void renameMoveAndDeleteLane() {
        assertThat(new RenameLane("l2", "Kivijalka").apply(map).lane("l2").orElseThrow().name()).isEqualTo("Kivijalka");
        assertThat(new MoveLane("l1", 1).apply(map).lanes()).extracting(Lane::id).containsExactly("l2", "l1");
        assertThat(DeleteLane.touchpointsIn(map, "l1")).isEqualTo(4);
        assertThat(DeleteLane.touchpointsIn(map, "l2")).isZero();
        JourneyMap out = new DeleteLane("l1").apply(map);
        assertThat(out.touchpoints()).isEmpty();
        assertThat(out.connections()).isEmpty();
        assertThat(MapInvariants.problems(out)).isEmpty();
        assertThat(List.of(new RenameLane("l1", "x").description().in(ENGLISH),
                new MoveLane("l1", 0).description().in(ENGLISH), new DeleteLane("l1").description().in(ENGLISH)))
                .containsExactly("Rename lane", "Move lane", "Delete lane");
    }

    @Test
    void changeLaneKindDropsTheChannelOfNonChannelLanes() {
        JourneyMap out = new ChangeLaneKind("l1", LaneKind.PAIN_POINTS, ChannelType.WEB).apply(map);
        assertThat(out.lane("l1").orElseThrow().kind()).isEqualTo(LaneKind.PAIN_POINTS);
        assertThat(out.lane("l1").orElseThrow().channel()).isNull();
        assertThat(out.touchpoints()).isEqualTo(map.touchpoints());
        JourneyMap chat = new ChangeLaneKind("l1", LaneKind.CHANNEL, ChannelType.CHAT).apply(map);
        assertThat(chat.lane("l1").orElseThrow().channel()).isEqualTo(ChannelType.CHAT);
        assertThat(new ChangeLaneKind("l1", LaneKind.CHANNEL, ChannelType.WEB).apply(map)).isSameAs(map);
        assertThat(MapInvariants.problems(out)).isEmpty();
    }
}
