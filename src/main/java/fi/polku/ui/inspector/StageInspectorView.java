package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.List;

/** The inspector page for a selected stage header. */
public final class StageInspectorView implements InspectorPage {
    private final StageInspectorViewModel model;
    private final Form form;

    public StageInspectorView(StageInspectorViewModel model) {
        this.model = model;
        form = new Form("inspector.stage.heading", model::endMerge);
        form.text("inspector.stage.name", "stage-name", new TextField(), model.name);
        form.add(new HBox(6,
                button("inspector.stage.moveLeft", () -> model.moveBy(-1)),
                button("inspector.stage.moveRight", () -> model.moveBy(1)),
                button("inspector.stage.delete", model::delete)));
    }

    static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public Node view() {
        return form.box();
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(ids.getFirst(), map);
    }

    @Override
    public void focusFirstField() {
        form.first().requestFocus();
    }
}
