package fi.polku.ui.analysis;

import atlantafx.base.theme.Styles;
import fi.polku.io.survey.LabelTable;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyQuestion;
import fi.polku.io.survey.WideQuestions;
import fi.polku.io.table.ColumnNames;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/**
 * What the survey import dialog shows for a wide file instead of the long table's columns: the questions
 * to map ({@link WideMappingPane}), the label table ({@link LabelTablePane}) and the round's name, with a
 * note when the survey's saved mapping is in use.
 */
final class WideImportStep extends VBox {
    private final WideMappingPane mapping = new WideMappingPane();
    private final LabelTablePane labels = new LabelTablePane();
    private final TextField round = new TextField();
    private final Label savedNote = new Label();
    private WideQuestions questions;
    private List<List<String>> firstRows = List.of();
    private Runnable onChange = () -> { };

    WideImportStep() {
        super(8);
        Label intro = new Label(AnalysisText.text("import.wide.intro"));
        intro.setWrapText(true);
        savedNote.setId("saved-mapping-note");
        savedNote.setWrapText(true);
        savedNote.getStyleClass().addAll(Styles.SUCCESS);
        savedNote.setStyle("-fx-font-weight: bold;");
        round.setId("import-round");
        round.setPromptText(AnalysisText.text("import.wide.round.prompt"));
        round.setPrefColumnCount(18);
        Label roundLabel = new Label(AnalysisText.text("import.wide.round"));
        roundLabel.setLabelFor(round);
        HBox roundRow = new HBox(8, roundLabel, round);
        roundRow.setAlignment(Pos.CENTER_LEFT);
        mapping.setOnChange(this::changed);
        labels.setOnChange(this::changed);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        getChildren().addAll(intro, savedNote, mapping, labels.unknownOffer(), labels, roundRow);
        showNote(null);
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /**
     * Shows a file's questions, preset to a saved mapping when there is one.
     *
     * @param saved       the saved choice per column index, empty when the survey has no saved mapping
     * @param savedLabels the saved mapping's own labels
     * @param savedName   the saved mapping's name, null when there is none, empty when it has no name
     * @param fileRows    the file's first non-blank rows (its header rows among them); the mapping is saved
     *                    under the key of the first
     */
    void show(WideQuestions wide, JourneyMap map, Map<Integer, WideMappingPane.Choice> saved,
              Map<String, Double> savedLabels, String savedName, List<List<String>> fileRows) {
        questions = wide;
        firstRows = List.copyOf(fileRows);
        LabelTable table = LabelTable.builtIn();
        for (Map.Entry<String, Double> e : savedLabels.entrySet()) {
            table = table.with(e.getKey(), e.getValue());
        }
        labels.setTable(table);
        mapping.show(wide, map, saved);
        showNote(savedName);
        var season = wide.suggestedRound();
        round.setText(season == null ? "" : season.in(Localization.ofTag(map.language())));
        changed();
    }

    private void showNote(String savedName) {
        savedNote.setText(savedName == null ? "" : savedName.isBlank()
                ? AnalysisText.text("import.wide.savedMapping.unnamed")
                : AnalysisText.text("import.wide.savedMapping", savedName));
        savedNote.setVisible(savedName != null);
        savedNote.setManaged(savedName != null);
    }

    private void changed() {
        if (questions != null) {
            labels.setUnknown(questions.unknownLabels(mapping.metrics(), labels.labels()));
        }
        onChange.run();
    }

    /** True when the file can be read: some question mapped, each with its metric. */
    boolean complete() {
        return questions != null && mapping.complete();
    }

    /** The options with the mapped questions (named by column letter, which no header text can confuse) and labels. */
    SurveyImportOptions options(SurveyImportOptions base) {
        List<SurveyQuestion> mapped = mapping.choices().stream().map(c -> new SurveyQuestion(
                ColumnNames.letter(c.column()), c.touchpoint(), c.metric())).toList();
        return base.withQuestions(mapped).withLabels(labels.labels());
    }

    /** The chosen questions, to be saved with the map. */
    List<WideMappingPane.Choice> choices() {
        return mapping.choices();
    }

    /** The user's own labels, to be saved with the map. */
    Map<String, Double> userLabels() {
        return labels.userLabels();
    }

    /** The round's name as typed, stripped; empty for none. */
    String round() {
        return round.getText() == null ? "" : round.getText().strip();
    }

    /** The file's first non-blank rows, as given to {@link #show}. */
    List<List<String>> firstRows() {
        return firstRows;
    }

    WideQuestions questions() {
        return questions;
    }

    WideMappingPane mapping() {
        return mapping;
    }

    LabelTablePane labels() {
        return labels;
    }

    TextField roundField() {
        return round;
    }
}
