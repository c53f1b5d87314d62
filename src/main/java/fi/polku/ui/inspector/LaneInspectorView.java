package fi.polku.ui.inspector;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.LaneKind;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.List;

/** The inspector page for a selected lane header. */
public final class LaneInspectorView extends FormPage {
    private final LaneInspectorViewModel model;

    public LaneInspectorView(LaneInspectorViewModel model) {
        super("inspector.lane.heading", model::endMerge);
        this.model = model;
        form.text("inspector.lane.name", "lane-name", new TextField(), model.name);
        ChoiceBox<LaneKind> kind = form.field("inspector.lane.kind", "lane-kind",
                new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(LaneKind.values())), model.kind);
        kind.setConverter(EnumText.converter());
        kind.valueProperty().bindBidirectional(model.kind.valueProperty());
        ChoiceBox<ChannelType> channel = form.field("inspector.lane.channel", "lane-channel",
                new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ChannelType.values())),
                model.channel);
        channel.setConverter(EnumText.converter());
        channel.valueProperty().bindBidirectional(model.channel.valueProperty());
        channel.disableProperty().bind(model.channelApplies.not());
        form.add(new HBox(6,
                Form.button("inspector.lane.moveUp", () -> model.moveBy(-1)),
                Form.button("inspector.lane.moveDown", () -> model.moveBy(1)),
                Form.button("inspector.lane.delete", model::delete)));
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(ids.getFirst(), map);
    }
}
