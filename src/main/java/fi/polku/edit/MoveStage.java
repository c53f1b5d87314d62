package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Moves a stage so that it ends up at {@code toIndex} among the stages; its touchpoints go with it. */
public record MoveStage(String stageId, int toIndex) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var stages = Reorder.move(map.stages(), s -> s.id().equals(stageId), toIndex);
        return stages == map.stages() ? map : map.withStages(stages);
    }

    @Override
    public Text description() {
        return Text.of("step.moveStage");
    }
}
