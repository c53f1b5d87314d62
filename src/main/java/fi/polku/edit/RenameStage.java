package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Renames a stage; typing in its name merges into one step. */
public record RenameStage(String stageId, String name) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var stages = Reorder.replace(map.stages(), s -> s.id().equals(stageId), s -> s.withName(name));
        return stages == map.stages() ? map : map.withStages(stages);
    }

    @Override
    public Text description() {
        return Text.of("step.renameStage");
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("stage-name", stageId);
    }
}
