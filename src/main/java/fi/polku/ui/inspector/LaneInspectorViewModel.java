package fi.polku.ui.inspector;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.ui.DocumentEditor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A lane (row) as editable values: name, kind and, for channel lanes, the channel. */
public final class LaneInspectorViewModel {
    private final DocumentEditor editor;
    private String laneId;

    final EditableValue<String> name;
    final EditableValue<LaneKind> kind;
    final EditableValue<ChannelType> channel;
    /** Only channel lanes have a channel. */
    final BooleanProperty channelApplies = new SimpleBooleanProperty();

    public LaneInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
        name = new EditableValue<>(v -> editor.renameLane(laneId, v, true));
        kind = new EditableValue<>(this::setKind);
        channel = new EditableValue<>(v -> {
            if (v != null) {
                editor.changeLaneChannel(laneId, v);
            }
        });
    }

    public void load(String id, JourneyMap map) {
        laneId = id;
        Lane lane = map.lane(id).orElse(null);
        if (lane == null) {
            return;
        }
        name.load(lane.name(), false);
        kind.load(lane.kind(), false);
        channel.load(lane.channel(), false);
        channelApplies.set(lane.kind() == LaneKind.CHANNEL);
    }

    void endMerge() {
        editor.endMerge();
    }

    void moveBy(int delta) {
        editor.moveLane(laneId, delta);
    }

    void delete() {
        editor.deleteLane(laneId);
    }

    /** A channel lane needs a channel (Other until chosen); other kinds must not carry one. */
    private void setKind(LaneKind newKind) {
        if (newKind == null) {
            return;
        }
        ChannelType current = channel.valueProperty().get();
        editor.changeLaneKind(laneId, newKind,
                newKind == LaneKind.CHANNEL ? (current == null ? ChannelType.OTHER : current) : null);
    }
}
