package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One or more selected touchpoints as editable values. With several selected, each field shows the
 * value they share (or "multiple values") and an edit changes all of them in one undo step.
 */
public final class TouchpointInspectorViewModel {
    private final DocumentEditor editor;
    private List<String> ids = List.of();
    private JourneyMap map;

    final StringProperty heading = new SimpleStringProperty();
    final BooleanProperty single = new SimpleBooleanProperty();
    final ObservableList<String> stageIds = FXCollections.observableArrayList();
    final ObservableList<String> laneIds = FXCollections.observableArrayList();
    final EditableValue<String> title = new EditableValue<>(v -> update("title", t -> t.withTitle(v)));
    final EditableValue<String> description = new EditableValue<>(v -> update("description", t -> t.withDescription(v)));
    final EditableValue<String> stage = new EditableValue<>(v -> {
        if (v != null) {
            moveToStage(v);
        }
    });
    final EditableValue<String> lane = new EditableValue<>(v -> {
        if (v != null) {
            moveToLane(v);
        }
    });
    final EditableValue<String> owner = new EditableValue<>(v -> update("owner", t -> t.withOwner(v)));
    final EditableValue<String> tags = new EditableValue<>(v -> update("tags", t -> t.withTags(parseTags(v))));
    final EditableValue<String> notes = new EditableValue<>(v -> update("notes", t -> t.withNotes(v)));
    final EditableValue<EvidenceLevel> evidence = new EditableValue<>(v -> update("evidence", t -> t.withEvidence(v)));
    /** 1..5, or null when not rated. */
    final EditableValue<Double> importance = new EditableValue<>(this::setImportance);
    /** -3..+3, or null when not rated. */
    final EditableValue<Double> emotion = new EditableValue<>(this::setEmotion);
    final MeasurementsViewModel measurements;
    final TargetsViewModel targets;
    /** The named and the intended feeling. */
    final FeelingChoices feelings;

    public TouchpointInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
        this.measurements = new MeasurementsViewModel(editor);
        this.targets = new TargetsViewModel(editor);
        this.feelings = new FeelingChoices(editor, () -> ids);
    }

    /** The gateway the page's own parts (the persona marks) edit the map through. */
    DocumentEditor editor() {
        return editor;
    }

    public void load(List<String> selectedIds, JourneyMap loaded) {
        map = loaded;
        ids = selectedIds.stream().filter(id -> loaded.touchpoint(id).isPresent()).toList();
        List<Touchpoint> selected = ids.stream().map(id -> loaded.touchpoint(id).orElseThrow()).toList();
        single.set(selected.size() == 1);
        heading.set(selected.size() == 1 ? Messages.get("inspector.touchpoint.heading")
                : Messages.format("inspector.touchpoints.heading", selected.size()));
        replaceIfChanged(stageIds, loaded.stages().stream().map(Stage::id).toList());
        replaceIfChanged(laneIds, loaded.lanes().stream().map(Lane::id).toList());
        title.loadCommon(selected, Touchpoint::title, "");
        description.loadCommon(selected, Touchpoint::description, "");
        stage.loadCommon(selected, Touchpoint::stageId, null);
        lane.loadCommon(selected, Touchpoint::laneId, null);
        owner.loadCommon(selected, Touchpoint::owner, "");
        // Re-showing the tags while the user types would eat a trailing comma.
        boolean sameTags = selected.stream().allMatch(t -> t.tags().equals(parseTags(tags.get())));
        if (!sameTags || selected.isEmpty()) {
            tags.loadCommon(selected, t -> String.join(", ", t.tags()), "");
        }
        notes.loadCommon(selected, Touchpoint::notes, "");
        evidence.loadCommon(selected, Touchpoint::evidence, null);
        importance.loadCommon(selected, Touchpoint::importance, null);
        emotion.loadCommon(selected, Touchpoint::emotion, null);
        feelings.load(selected, loaded);
        measurements.load(selected.size() == 1 ? ids.getFirst() : null, loaded);
        targets.load(ids, loaded);
    }

    /** The name of a stage id, for the stage choice box. */
    String stageName(String id) {
        return id == null || map == null ? "" : map.stage(id).map(Stage::name).orElse(id);
    }

    String laneName(String id) {
        return id == null || map == null ? "" : map.lane(id).map(Lane::name).orElse(id);
    }

    void endMerge() {
        editor.endMerge();
    }

    void clearImportance() {
        importance.valueProperty().set(null);
    }

    void clearEmotion() {
        emotion.valueProperty().set(null);
    }

    void clearEvidence() {
        evidence.valueProperty().set(null);
    }

    private void setImportance(Double value) {
        Double stored = value == null || value < 1 ? null : Double.valueOf(Math.min(5, Math.round(value)));
        update("importance", t -> t.withImportance(stored));
        editor.endMerge();
    }

    private void setEmotion(Double value) {
        Double stored = value == null ? null : Double.valueOf(Math.max(-3, Math.min(3, Math.round(value))));
        update("emotion", t -> t.withEmotion(stored));
    }

    private void moveToStage(String stageId) {
        editor.moveToStage(ids, stageId);
    }

    private void moveToLane(String laneId) {
        editor.moveToLane(ids, laneId);
    }

    private void update(String field, UnaryOperator<Touchpoint> change) {
        if (ids.isEmpty()) {
            return;
        }
        editor.updateTouchpoints(ids, change, Text.of("step.touchpoint." + field, ids.size()),
                "touchpoint-" + field + ":" + ids);
    }

    static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static void replaceIfChanged(ObservableList<String> list, List<String> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }
}
