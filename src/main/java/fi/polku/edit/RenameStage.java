package fi.polku.edit;

import fi.polku.model.JourneyMap;

/** Renames a stage; typing in its name merges into one step. */
public record RenameStage(String stageId, String name) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var stages = Reorder.replace(map.stages(), s -> s.id().equals(stageId), s -> s.withName(name));
        return stages == map.stages() ? map : map.withStages(stages);
    }

    @Override
    public String description() {
        return "Rename stage";
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("stage name", stageId);
    }
}
