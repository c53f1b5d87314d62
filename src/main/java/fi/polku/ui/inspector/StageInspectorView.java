package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.List;

/** The inspector page for a selected stage header. */
public final class StageInspectorView extends FormPage {
    private final StageInspectorViewModel model;

    public StageInspectorView(StageInspectorViewModel model) {
        super("inspector.stage.heading", model::endMerge);
        this.model = model;
        form.text("inspector.stage.name", "stage-name", new TextField(), model.name);
        form.add(new HBox(6,
                Form.button("inspector.stage.moveLeft", () -> model.moveBy(-1)),
                Form.button("inspector.stage.moveRight", () -> model.moveBy(1)),
                Form.button("inspector.stage.delete", model::delete)));
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(ids.getFirst(), map);
    }
}
