package fi.polku.ui.analysis;

import atlantafx.base.theme.Styles;
import fi.polku.io.survey.WideQuestions;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping step of a wide survey file: one row per question column with its header text, a few sample
 * answers, the touchpoint its answers go to (or "do not import") and their metric. Each row starts on a
 * suggestion or on the mapping saved for the survey, marked as such until the user changes it.
 */
final class WideMappingPane extends VBox {
    /** The touchpoint choice that leaves a question out. */
    static final String NOT_IMPORTED = "";

    /**
     * A question the user maps.
     *
     * @param column     0-based column index
     * @param text       its header text
     * @param touchpoint the chosen touchpoint id
     * @param metric     the chosen metric id, or null when none is chosen yet
     */
    record Choice(int column, String text, String touchpoint, String metric) {
    }

    /** Where a row's first choice came from, shown beside it until changed. */
    enum Origin { SUGGESTED, SAVED, NONE }

    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private JourneyMap map;
    private Runnable onChange = () -> { };
    private boolean filling;

    WideMappingPane() {
        super(6);
        setId("wide-mapping");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 8, 4, 4));
        grid.getColumnConstraints().addAll(fixed(24), grown(220), fixed(160), fixed(300), fixed(150));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        scroll.setMinHeight(140);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width, width, width);
        return c;
    }

    private static ColumnConstraints grown(double min) {
        ColumnConstraints c = new ColumnConstraints(min, 300, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /**
     * Lists the file's questions, each preset to {@code saved} when given for its column, else to its
     * suggestion.
     *
     * @param saved the saved choice per column index, or empty
     */
    void show(WideQuestions questions, JourneyMap journeyMap, Map<Integer, Choice> saved) {
        this.map = journeyMap;
        filling = true;
        try {
            rows.clear();
            grid.getChildren().clear();
            grid.addRow(0, new Label(), heading("import.wide.question"), heading("import.wide.samples"),
                    heading("import.wide.touchpoint"), heading("import.wide.metric"));
            int r = 1;
            for (WideQuestions.Question q : questions.questions()) {
                Row row = new Row(q);
                Choice own = saved.get(q.column());
                if (own != null) {
                    row.preset(own.touchpoint(), own.metric(), Origin.SAVED);
                } else {
                    row.preset(q.touchpoint(), q.metric(), q.touchpoint() == null ? Origin.NONE : Origin.SUGGESTED);
                }
                rows.add(row);
                grid.addRow(r++, row.letter, row.text, row.samples, row.touchpointBox, row.metric);
            }
        } finally {
            filling = false;
        }
        onChange.run();
    }

    private static Label heading(String key) {
        Label l = new Label(AnalysisText.text(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** The questions the user imports: a touchpoint chosen. */
    List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        for (Row row : rows) {
            String tp = row.touchpoint.getValue();
            if (tp != null && !tp.equals(NOT_IMPORTED)) {
                out.add(new Choice(row.question.column(), row.question.text(), tp, row.metric.getValue()));
            }
        }
        return out;
    }

    /** The chosen metric of each imported column, for finding labels the table lacks. */
    Map<Integer, MetricDefinition> metrics() {
        Map<Integer, MetricDefinition> out = new LinkedHashMap<>();
        for (Choice c : choices()) {
            if (c.metric() != null) {
                map.metric(c.metric()).ifPresent(m -> out.put(c.column(), m));
            }
        }
        return out;
    }

    /** True when at least one question is imported and every imported one has its metric. */
    boolean complete() {
        List<Choice> chosen = choices();
        return !chosen.isEmpty() && chosen.stream().allMatch(c -> c.metric() != null);
    }

    /** The touchpoint chooser of the question in a column, for tests and keyboard users. */
    ComboBox<String> touchpointChoice(int column) {
        return rows.stream().filter(r -> r.question.column() == column).findFirst().orElseThrow().touchpoint;
    }

    ComboBox<String> metricChoice(int column) {
        return rows.stream().filter(r -> r.question.column() == column).findFirst().orElseThrow().metric;
    }

    /** One question's controls. */
    private final class Row {
        private final WideQuestions.Question question;
        private final Label letter;
        private final Label text;
        private final Label samples;
        private final SearchableComboBox<String> touchpoint = new SearchableComboBox<>();
        private final ComboBox<String> metric = new ComboBox<>();
        private final Label origin = new Label();
        private final HBox touchpointBox;
        private final Map<String, String> titles = new HashMap<>();

        Row(WideQuestions.Question q) {
            this.question = q;
            letter = new Label(q.letter());
            letter.getStyleClass().add(Styles.TEXT_MUTED);
            text = new Label(q.text());
            text.setWrapText(true);
            text.setTooltip(new Tooltip(q.text()));
            samples = new Label(q.samples().isEmpty() ? AnalysisText.text("import.wide.noSamples")
                    : String.join("\n", q.samples().stream().map(WideMappingPane::shortSample).toList()));
            samples.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            samples.setWrapText(true);
            List<String> ids = new ArrayList<>();
            ids.add(NOT_IMPORTED);
            titles.put(NOT_IMPORTED, AnalysisText.text("import.wide.notImported"));
            for (Touchpoint t : map.touchpoints()) {
                ids.add(t.id());
                titles.put(t.id(), t.title());
            }
            touchpoint.getItems().setAll(ids);
            touchpoint.setConverter(converter(titles));
            touchpoint.setId("question-touchpoint-" + q.letter());
            touchpoint.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(touchpoint, Priority.ALWAYS);
            // The searchable box is drawn taller than a plain one; rows read better when both are alike.
            touchpoint.prefHeightProperty().bind(metric.heightProperty());
            touchpoint.maxHeightProperty().bind(metric.heightProperty());
            metric.getItems().setAll(map.allMetrics().stream().map(MetricDefinition::id).toList());
            Map<String, String> names = new HashMap<>();
            map.allMetrics().forEach(m -> names.put(m.id(), Messages.metricName(m)));
            metric.setConverter(converter(names));
            metric.setPromptText(AnalysisText.text("import.wide.chooseMetric"));
            metric.setId("question-metric-" + q.letter());
            metric.setMaxWidth(Double.MAX_VALUE);
            origin.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT);
            // The same room in every row, so that the choosers line up whether marked or not.
            origin.setMinWidth(74);
            origin.setPrefWidth(74);
            touchpointBox = new HBox(6, touchpoint, origin);
            touchpointBox.setAlignment(Pos.CENTER_LEFT);
            touchpoint.valueProperty().addListener((o, was, now) -> changed());
            metric.valueProperty().addListener((o, was, now) -> changed());
        }

        void preset(String touchpointId, String metricId, Origin from) {
            boolean known = touchpointId != null && titles.containsKey(touchpointId);
            touchpoint.setValue(known ? touchpointId : NOT_IMPORTED);
            // Only a card chosen is marked: a question left out needs no checking.
            known = known && !NOT_IMPORTED.equals(touchpointId);
            metric.setValue(metricId != null && map.metric(metricId).isPresent() ? metricId : null);
            origin.setText(switch (known ? from : Origin.NONE) {
                case SUGGESTED -> AnalysisText.text("import.wide.suggested");
                case SAVED -> AnalysisText.text("import.wide.saved");
                case NONE -> "";
            });
            origin.setTooltip(new Tooltip(AnalysisText.text(from == Origin.SAVED ? "import.wide.saved.tooltip"
                    : "import.wide.suggested.tooltip")));
            updateLook();
        }

        private void changed() {
            if (filling) {
                return;
            }
            origin.setText("");
            updateLook();
            onChange.run();
        }

        /** A question left out reads greyed, so the imported ones stand out. */
        private void updateLook() {
            boolean out = NOT_IMPORTED.equals(touchpoint.getValue());
            text.setOpacity(out ? 0.55 : 1);
            metric.setDisable(out);
        }
    }

    private static String shortSample(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39).strip() + "…";
    }

    private static StringConverter<String> converter(Map<String, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return names.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        };
    }
}
