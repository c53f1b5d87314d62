package fi.polku.ui.sheet;

import atlantafx.base.theme.Styles;
import fi.polku.io.sheet.SheetProblem;
import fi.polku.io.sheet.SheetReading;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * What a spreadsheet of touchpoints will make, before anything is made: the stages and lanes (with each
 * lane's kind), the first rows as written, and every problem with its place.
 */
final class SheetPreviewPane extends VBox {
    private final Label summary = new Label();
    private final ListView<String> stages = new ListView<>();
    private final ListView<String> lanes = new ListView<>();
    private final TableView<SheetReading.Row> rows = new TableView<>();
    private final Label problemsLabel = new Label();
    private final ListView<String> problems = new ListView<>();

    SheetPreviewPane() {
        super(6);
        summary.setId("sheet-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        stages.setId("sheet-stages");
        lanes.setId("sheet-lanes");
        rows.setId("sheet-rows");
        problems.setId("sheet-problems");
        for (ListView<String> list : List.of(stages, lanes)) {
            list.setPrefHeight(150);
            list.setMinHeight(90);
            list.setFocusTraversable(false);
            list.getStyleClass().add(Styles.DENSE);
            HBox.setHgrow(list, Priority.ALWAYS);
        }
        VBox stageBox = new VBox(4, heading("dialog.newSheet.stages"), stages);
        VBox laneBox = new VBox(4, heading("dialog.newSheet.lanes"), lanes);
        HBox.setHgrow(stageBox, Priority.ALWAYS);
        HBox.setHgrow(laneBox, Priority.ALWAYS);
        stageBox.setPrefWidth(300);
        laneBox.setPrefWidth(420);
        rows.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        problems.getStyleClass().add(Styles.DENSE);
        rows.setPrefHeight(190);
        rows.setMinHeight(110);
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rows.setPlaceholder(new Label(Messages.get("dialog.newSheet.noRows")));
        problems.setPrefHeight(110);
        problems.setMinHeight(80);
        problemsLabel.getStyleClass().add("problem-text");
        problemsLabel.setWrapText(true);
        problemsLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(problems, Priority.ALWAYS);
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(summary, new HBox(12, stageBox, laneBox), heading("dialog.newSheet.firstRows"), rows,
                problemsLabel, problems);
        setPadding(new Insets(2, 0, 0, 0));
        show(null);
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Shows a reading, or nothing (null) while there is none. */
    void show(SheetReading reading) {
        stages.getItems().clear();
        lanes.getItems().clear();
        rows.getItems().clear();
        rows.getColumns().clear();
        problems.getItems().clear();
        boolean bad = reading != null && reading.problemCount() > 0;
        problemsLabel.setVisible(bad);
        problems.setVisible(bad);
        if (reading == null) {
            summary.setText("");
            return;
        }
        JourneyMap draft = reading.draft();
        draft.stages().stream().map(Stage::name).forEach(stages.getItems()::add);
        draft.lanes().stream().map(SheetPreviewPane::lane).forEach(lanes.getItems()::add);
        summary.setText(Messages.format("dialog.newSheet.summary", draft.touchpoints().size(), draft.stages().size(),
                draft.lanes().size(), Localization.ofTag(draft.language()).getDisplayLanguage(Localization.ui())));
        showRows(reading);
        if (bad) {
            problemsLabel.setText(Messages.format("dialog.newSheet.problems", reading.problemCount()));
            List<String> lines = new ArrayList<>();
            for (SheetProblem p : reading.problems()) {
                lines.add(Messages.of(p.text()));
            }
            int unlisted = reading.problemCount() - reading.problems().size();
            if (unlisted > 0) {
                lines.add(Messages.format("dialog.newSheet.moreProblems", unlisted));
            }
            problems.getItems().setAll(lines);
        }
    }

    /** A lane as it will be made: its name and, when the name does not say it, its kind ("Verkkosivut · Verkko"). */
    private static String lane(Lane lane) {
        String kind = lane.kind() == LaneKind.CHANNEL && lane.channel() != null ? Messages.of(lane.channel())
                : Messages.of(lane.kind());
        // "Puhelin · Puhelin" says nothing more than "Puhelin".
        return kind.equalsIgnoreCase(lane.name()) ? lane.name() : Messages.format("dialog.newSheet.lane", lane.name(), kind);
    }

    private void showRows(SheetReading reading) {
        TableColumn<SheetReading.Row, String> number = new TableColumn<>(Messages.get("dialog.newSheet.row"));
        number.setSortable(false);
        number.setPrefWidth(52);
        number.setCellValueFactory(d -> new ReadOnlyStringWrapper(Long.toString(d.getValue().line())));
        rows.getColumns().add(number);
        List<String> header = reading.header();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            String title = header.get(i).isBlank() ? fi.polku.io.table.ColumnNames.letter(i) : header.get(i);
            TableColumn<SheetReading.Row, String> c = new TableColumn<>(title);
            c.setSortable(false);
            int longest = title.length();
            for (SheetReading.Row row : reading.firstRows()) {
                longest = Math.max(longest, index < row.cells().size() && row.cells().get(index) != null
                        ? row.cells().get(index).length() : 0);
            }
            c.setPrefWidth(Math.max(70, Math.min(260, longest * 7 + 24)));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().cells().size()
                    && d.getValue().cells().get(index) != null ? d.getValue().cells().get(index) : ""));
            rows.getColumns().add(c);
        }
        rows.getItems().setAll(reading.firstRows());
    }

    ListView<String> stages() {
        return stages;
    }

    ListView<String> lanes() {
        return lanes;
    }

    ListView<String> problems() {
        return problems;
    }
}
