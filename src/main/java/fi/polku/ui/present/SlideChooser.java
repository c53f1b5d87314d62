package fi.polku.ui.present;

import fi.polku.model.JourneyMap;
import fi.polku.render.present.Slide;
import fi.polku.render.present.SlideList;
import fi.polku.render.present.SlideNames;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist of slides a presentation shows: every slide of the map in its order, ticked when shown.
 * Its answer is the ids of the slides left out; at least one slide stays ticked.
 */
public final class SlideChooser {
    private SlideChooser() {
    }

    /** Asks which slides to show; empty when cancelled, else the ids of the slides to leave out. */
    public static Optional<List<String>> ask(Window owner, JourneyMap map, Collection<String> hidden) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("present.chooser.title"));
        dialog.setHeaderText(Messages.get("present.chooser.header"));
        dialog.getDialogPane().setId("slide-chooser");
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Set<String> out = Set.copyOf(hidden);
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(6);
        for (Slide slide : SlideList.all(map)) {
            CheckBox box = new CheckBox(SlideNames.name(slide, map, Localization.ui()));
            box.setId("slide-" + slide.id().replace(':', '-'));
            box.setUserData(slide.id());
            box.setSelected(!out.contains(slide.id()));
            box.setMnemonicParsing(false);
            if (slide.kind() == Slide.Kind.STAGE) {
                // The stages are indented under the whole map, as parts of it.
                VBox.setMargin(box, new javafx.geometry.Insets(0, 0, 0, 20));
            }
            boxes.add(box);
            list.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, boxes.size() * 28.0));
        Label hint = new Label(Messages.get("present.chooser.hint"));
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, scroll, hint));
        dialog.getDialogPane().setPrefWidth(440);
        BooleanBinding noneShown = Bindings.createBooleanBinding(() -> boxes.stream().noneMatch(CheckBox::isSelected),
                boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(noneShown);
        dialog.setResultConverter(button -> button == ok ? boxes.stream().filter(b -> !b.isSelected())
                .map(b -> (String) b.getUserData()).toList() : null);
        DialogPlacement.centred(dialog, owner);
        return dialog.showAndWait();
    }
}
