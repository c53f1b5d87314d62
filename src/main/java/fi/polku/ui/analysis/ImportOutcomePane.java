package fi.polku.ui.analysis;

import fi.polku.io.Problem;
import fi.polku.text.Localization;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyMerge;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a read survey file holds besides its scores: every rejected row with its line and reason, and the
 * touchpoint names the map does not have, with the choice to create them in a stage and lane or skip them.
 */
final class ImportOutcomePane extends VBox {
    private final Label rejectedLabel = new Label();
    private final ListView<String> rejected = new ListView<>();
    private final Label unmatchedLabel = new Label(AnalysisText.text("import.unmatched"));
    private final ListView<String> unmatched = new ListView<>();
    private final RadioButton skip = new RadioButton(AnalysisText.text("import.unmatched.skip"));
    private final RadioButton create = new RadioButton(AnalysisText.text("import.unmatched.create"));
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final ComboBox<Lane> lane = new ComboBox<>();
    private final HBox choice;
    private final ReadOnlyBooleanWrapper nothingToImport = new ReadOnlyBooleanWrapper(this, "nothingToImport", true);
    private SurveyImportResult result;

    ImportOutcomePane(JourneyMap map) {
        super(6);
        rejected.setId("rejected-rows");
        rejected.setPrefHeight(130);
        VBox.setVgrow(rejected, javafx.scene.layout.Priority.ALWAYS);
        unmatched.setId("unmatched-names");
        unmatched.setPrefHeight(80);
        rejectedLabel.getStyleClass().add("problem-text");
        unmatchedLabel.setStyle("-fx-font-weight: bold;");
        ToggleGroup group = new ToggleGroup();
        skip.setToggleGroup(group);
        create.setToggleGroup(group);
        skip.setSelected(true);
        skip.setId("unmatched-skip");
        create.setId("unmatched-create");
        stage.getItems().setAll(map.stages());
        lane.getItems().setAll(map.lanes());
        named(stage, Stage::name);
        named(lane, Lane::name);
        if (!map.stages().isEmpty()) {
            stage.setValue(map.stages().getFirst());
        }
        if (!map.lanes().isEmpty()) {
            lane.setValue(map.lanes().getFirst());
        }
        stage.disableProperty().bind(create.selectedProperty().not());
        lane.disableProperty().bind(create.selectedProperty().not());
        create.setDisable(map.stages().isEmpty() || map.lanes().isEmpty());
        group.selectedToggleProperty().addListener((o, was, now) -> updateNothingToImport());
        choice = new HBox(8, skip, create, stage, new Label(AnalysisText.text("import.unmatched.lane")), lane);
        choice.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(rejectedLabel, rejected, unmatchedLabel, unmatched, choice);
        clear();
    }

    private static <T> void named(ComboBox<T> combo, Function<T, String> name) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        combo.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        });
    }

    void clear() {
        result = null;
        show(rejectedLabel, rejected, false);
        show(unmatchedLabel, unmatched, false);
        choice.setVisible(false);
        choice.setManaged(false);
        updateNothingToImport();
    }

    void show(SurveyImportResult r) {
        result = r;
        List<String> lines = new ArrayList<>();
        r.rejected().forEach(p -> lines.add(line(p)));
        long more = r.rejectedCount() - r.rejected().size();
        if (more > 0) {
            lines.add(AnalysisText.text("import.rejected.more", more));
        }
        rejected.getItems().setAll(lines);
        rejectedLabel.setText(AnalysisText.text("import.rejected", r.rejectedCount()));
        show(rejectedLabel, rejected, r.hasRejectedRows());
        unmatched.getItems().setAll(r.unmatchedNames());
        boolean any = !r.unmatchedNames().isEmpty();
        show(unmatchedLabel, unmatched, any);
        choice.setVisible(any);
        choice.setManaged(any);
        updateNothingToImport();
    }

    private static String line(Problem p) {
        return p.in(Localization.ui());
    }

    private static void show(Label label, ListView<String> list, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
        list.setVisible(visible);
        list.setManaged(visible);
    }

    /** Where to create touchpoints for unmatched names, or null to leave their answers out. */
    SurveyMerge.NewTouchpoints newTouchpoints() {
        if (!create.isSelected() || stage.getValue() == null || lane.getValue() == null) {
            return null;
        }
        return new SurveyMerge.NewTouchpoints(stage.getValue().id(), lane.getValue().id());
    }

    /** True when applying would change nothing: no result yet, or no score goes to any touchpoint. */
    ReadOnlyBooleanProperty nothingToImportProperty() {
        return nothingToImport.getReadOnlyProperty();
    }

    private void updateNothingToImport() {
        boolean creating = newTouchpoints() != null;
        nothingToImport.set(result == null
                || result.scores().stream().noneMatch(s -> s.matched() || creating));
    }

    RadioButton createChoice() {
        return create;
    }
}
