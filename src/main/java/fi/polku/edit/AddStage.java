package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.text.Text;

/** Inserts a stage (column) at an index; an index past the end appends. */
public record AddStage(Stage stage, int index) implements Command {
    public static AddStage named(JourneyMap map, String name, int index) {
        return new AddStage(new Stage(IdGenerator.next(map, IdGenerator.STAGE), name), index);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireFreshId(map, stage.id());
        return map.withStages(Reorder.insert(map.stages(), stage, index));
    }

    @Override
    public Text description() {
        return Text.of("step.addStage");
    }
}
