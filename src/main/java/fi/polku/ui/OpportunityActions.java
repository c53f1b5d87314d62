package fi.polku.ui;

import fi.polku.edit.AddOpportunity;
import fi.polku.edit.DeleteOpportunity;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;

import java.util.List;
import java.util.Set;

/**
 * What the window does with opportunities: add one (linked to the selected touchpoints), show one in the
 * inspector, delete the one shown. Adding and deleting are one undo step each; a delete asks nothing,
 * as deleting touchpoints does not, since undo brings it back.
 */
public final class OpportunityActions {
    private final MainWindow window;

    OpportunityActions(MainWindow window) {
        this.window = window;
    }

    /** Makes a click on a value badge of the opportunities lane open the opportunity behind it. */
    void installOnCanvas() {
        fi.polku.ui.canvas.ValueBadgeClicks.install(window.canvas(), this::selectValuedBy);
    }

    /** Shows the most valuable estimated opportunity that links the touchpoint, if any. */
    private void selectValuedBy(String touchpointId) {
        window.document().current().opportunities().stream()
                .filter(o -> o.estimate() != null && o.touchpointIds().contains(touchpointId))
                .max(java.util.Comparator.comparingDouble(o -> o.estimate().yearlyValue()))
                .ifPresent(o -> select(o.id()));
    }

    /** Adds an opportunity linking the touchpoints selected on the canvas, shows it and puts the cursor in its text. */
    public void create() {
        JourneyMap map = window.document().current();
        Set<String> selected = Set.copyOf(window.state().selection());
        List<String> links = map.touchpoints().stream().map(Touchpoint::id).filter(selected::contains).toList();
        AddOpportunity add = AddOpportunity.create(map, Messages.get("default.opportunityText"), links, null);
        window.editor().execute(add);
        select(add.opportunity().id());
        window.inspectorShownProperty().set(true);
        // After the page has been laid out: the default text is selected, so typing replaces it.
        Platform.runLater(() -> {
            window.inspector().focusFirstField();
            if (window.canvas().getScene() != null
                    && window.canvas().getScene().getFocusOwner() instanceof TextInputControl field) {
                field.selectAll();
            }
        });
    }

    /** Shows an opportunity in the inspector, its linked cards outlined on the canvas. */
    public void select(String opportunityId) {
        window.state().selectOpportunity(opportunityId);
    }

    /** Deletes the opportunity the inspector shows, if any; true when there was one. */
    public boolean deleteSelected() {
        String id = window.state().selectedOpportunity();
        if (id == null) {
            return false;
        }
        window.editor().execute(new DeleteOpportunity(id));
        return true;
    }
}
