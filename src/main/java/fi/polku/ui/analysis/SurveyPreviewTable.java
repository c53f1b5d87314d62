package fi.polku.ui.analysis;

import fi.polku.io.survey.SurveyPreview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/** The first rows of a survey file under its header, so the user can check the columns before importing. */
final class SurveyPreviewTable extends TableView<List<String>> {
    SurveyPreviewTable() {
        setId("import-preview");
        setPrefHeight(170);
        setMinHeight(120);
        setPlaceholder(new Label(AnalysisText.text("import.chooseFile")));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
    }

    void show(SurveyPreview preview) {
        getColumns().clear();
        getItems().clear();
        if (preview == null) {
            return;
        }
        List<String> header = preview.header();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setSortable(false);
            c.setPrefWidth(Math.max(90, Math.min(240, header.get(i).length() * 9 + 24)));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().size()
                    ? d.getValue().get(index) : ""));
            getColumns().add(c);
        }
        getItems().setAll(preview.rows());
    }
}
