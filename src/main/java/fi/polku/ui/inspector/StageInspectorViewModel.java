package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.ui.DocumentEditor;

/** A stage (column) as editable values: its name. */
public final class StageInspectorViewModel {
    private final DocumentEditor editor;
    private String stageId;

    final EditableValue<String> name;

    public StageInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
        this.name = new EditableValue<>(v -> editor.renameStage(stageId, v, true));
    }

    public void load(String id, JourneyMap map) {
        stageId = id;
        name.load(map.stage(id).map(Stage::name).orElse(""), false);
    }

    void endMerge() {
        editor.endMerge();
    }

    void moveBy(int delta) {
        editor.moveStage(stageId, delta);
    }

    void delete() {
        editor.deleteStage(stageId);
    }
}
