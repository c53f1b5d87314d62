package fi.polku.ui.analysis;

import static fi.polku.ui.analysis.AnalysisColumns.column;

import fi.polku.layout.ChangeText;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.ChangeTest;
import fi.polku.metrics.ChangeVerdict;
import fi.polku.metrics.MetricChange;
import fi.polku.metrics.Round;
import fi.polku.metrics.RoundComparison;
import fi.polku.metrics.RoundScores;
import fi.polku.metrics.Rounds;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Round A against round B of a map: per touchpoint and metric the two values, the change with its 95 %
 * interval and the verdict in words, shape and colour; beside it the journey score and the priority ranking
 * of either round. A round is chosen from the map's named rounds or typed as a date range. The comparison
 * runs off the JavaFX thread, so that a large map never freezes the window.
 */
public final class RoundComparisonView extends BorderPane implements AnalysisView {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "polku-round-comparison");
        t.setDaemon(true);
        return t;
    });
    private final ComboBox<String> roundA = roundBox("round-a");
    private final ComboBox<String> roundB = roundBox("round-b");
    private final MetricChooser metricChooser = new MetricChooser();
    private final Label status = new Label();
    private final TableView<MetricChange> table = new TableView<>();
    private final RoundScoresPane scores = new RoundScoresPane();
    private final AtomicLong generation = new AtomicLong();
    private JourneyMap map;
    private RoundComparison comparison;
    private Consumer<String> onClick = id -> { };
    private boolean updating;

    public RoundComparisonView() {
        getStyleClass().add("round-comparison-view");
        Label a = new Label(AnalysisText.text("rounds.a"));
        a.setLabelFor(roundA);
        Label b = new Label(AnalysisText.text("rounds.b"));
        b.setLabelFor(roundB);
        a.setMinWidth(Region.USE_PREF_SIZE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, a, roundA, b, roundB);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        status.setId("round-summary");
        status.setWrapText(true);
        status.getStyleClass().add("chart-note");
        VBox bottom = new VBox(status);
        bottom.setPadding(new Insets(4, 12, 6, 12));
        setBottom(bottom);
        buildColumns();
        table.setId("round-changes");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(v -> {
            TableRow<MetricChange> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onClick.accept(row.getItem().touchpoint().id());
                }
            });
            return row;
        });
        SplitPane split = new SplitPane(table, scores);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.74);
        setCenter(split);
        scores.setOnTouchpointClicked(id -> onClick.accept(id));
        scores.getChildren().addFirst(metricChooser);
        roundA.valueProperty().addListener((o, was, now) -> recompute());
        roundB.valueProperty().addListener((o, was, now) -> recompute());
        metricChooser.metricIdProperty().addListener((o, was, now) -> scores.show(comparison, now));
    }

    private static ComboBox<String> roundBox(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(AnalysisText.text("rounds.prompt"));
        box.setPrefWidth(230);
        box.setMinWidth(170);
        return box;
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        metricChooser.setMap(newMap);
        List<String> names = newMap == null ? List.of() : Rounds.of(newMap).stream().map(Rounds.Summary::name).toList();
        updating = true;
        try {
            roundA.getItems().setAll(names);
            roundB.getItems().setAll(names);
            // The two latest rounds, unless the user chose others that the map still has.
            if (!known(roundA.getValue()) || !known(roundB.getValue())) {
                roundA.setValue(names.size() >= 2 ? names.get(names.size() - 2) : null);
                roundB.setValue(names.size() >= 2 ? names.getLast() : null);
            }
        } finally {
            updating = false;
        }
        recompute();
    }

    private boolean known(String text) {
        return text != null && map != null && Rounds.find(map, text).isPresent();
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** Chooses the rounds by name or date range, as typed in the two boxes. */
    public void chooseRounds(String a, String b) {
        updating = true;
        try {
            roundA.setValue(a);
        } finally {
            updating = false;
        }
        roundB.setValue(b);
    }

    /** The metric whose journey score and ranking are shown; bind it to other views' to keep them on one metric. */
    public javafx.beans.property.StringProperty metricIdProperty() {
        return metricChooser.metricIdProperty();
    }

    /** The comparison shown, or null while none is (no map, no rounds, or still computing). */
    public RoundComparison comparison() {
        return comparison;
    }

    public TableView<MetricChange> table() {
        return table;
    }

    public RoundScoresPane scores() {
        return scores;
    }

    private void recompute() {
        if (updating) {
            return;
        }
        long mine = generation.incrementAndGet();
        JourneyMap shown = map;
        Optional<Round> a = round(roundA.getValue());
        Optional<Round> b = round(roundB.getValue());
        if (shown == null || a.isEmpty() || b.isEmpty()) {
            show(null, problem(shown));
            return;
        }
        status.setText(AnalysisText.text("rounds.computing"));
        WORKER.execute(() -> {
            if (generation.get() != mine) {
                return; // a newer choice or edit is already waiting
            }
            RoundComparison c = RoundComparison.of(shown, a.get(), b.get());
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    show(c, "");
                }
            });
        });
    }

    private Optional<Round> round(String text) {
        return text == null || text.isBlank() || map == null ? Optional.empty() : Rounds.find(map, text.strip());
    }

    /** Why nothing is compared: too few rounds, or a typed round the map does not have. */
    private String problem(JourneyMap shown) {
        if (shown == null) {
            return "";
        }
        for (ComboBox<String> box : List.of(roundA, roundB)) {
            String text = box.getValue();
            if (text != null && !text.isBlank() && round(text).isEmpty()) {
                return AnalysisText.text("rounds.unknown", text.strip());
            }
        }
        return Rounds.of(shown).size() < 2 ? AnalysisText.text("rounds.none") : "";
    }

    private void show(RoundComparison c, String message) {
        comparison = c;
        table.getItems().setAll(c == null ? List.of() : c.changes());
        table.setPlaceholder(new Label(c == null ? message : AnalysisText.text("rounds.placeholder")));
        status.setText(c == null ? "" : footnote(c));
        scores.show(c, metricChooser.metricIdProperty().get());
    }

    private static String footnote(RoundComparison c) {
        Set<ChangeTest> tests = new LinkedHashSet<>();
        c.changes().stream().filter(ch -> ch.interval() != null).forEach(ch -> tests.add(ch.test()));
        long clear = c.clearChanges().size();
        return AnalysisText.text("rounds.summary", clear, String.join("; ",
                tests.stream().map(t -> AnalysisText.of(t.text())).toList()));
    }

    private void buildColumns() {
        Locale ui = Localization.ui();
        table.getColumns().add(column("rounds.column.touchpoint", 190, false, c -> c.touchpoint().title()));
        table.getColumns().add(column("rounds.column.metric", 120, false, c -> MetricLabels.name(c.metric(), ui)));
        table.getColumns().add(column("rounds.column.a", 100, true, c -> ChangeText.value(c.metric(), c.a(), ui)));
        table.getColumns().add(column("rounds.column.nA", 45, true, c -> ChangeText.n(c.a(), ui)));
        table.getColumns().add(column("rounds.column.b", 100, true, c -> ChangeText.value(c.metric(), c.b(), ui)));
        table.getColumns().add(column("rounds.column.nB", 45, true, c -> ChangeText.n(c.b(), ui)));
        table.getColumns().add(column("rounds.column.change", 125, true, c -> ChangeText.change(c.metric(), c.delta(), ui)));
        table.getColumns().add(column("rounds.column.interval", 145, true,
                c -> ChangeText.interval(c.metric(), c.interval(), ui)));
        TableColumn<MetricChange, MetricChange> verdict = new TableColumn<>(AnalysisText.text("rounds.column.verdict"));
        verdict.setId("verdict");
        verdict.setPrefWidth(160);
        verdict.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        verdict.setCellFactory(v -> new VerdictCell());
        table.getColumns().add(verdict);
        table.getColumns().add(column("rounds.column.note", 260, false, c -> c.limit() == MetricChange.Limit.NONE ? ""
                : AnalysisText.of(c.limit().text())));
    }

    /** The verdict as shape and word, coloured by a style class: never by colour alone. */
    private static final class VerdictCell extends TableCell<MetricChange, MetricChange> {
        private static final List<String> CLASSES = new ArrayList<>();

        static {
            for (ChangeVerdict v : ChangeVerdict.values()) {
                CLASSES.add(styleClass(v));
            }
        }

        @Override
        protected void updateItem(MetricChange item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(CLASSES);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(ChangeText.verdict(item, Localization.ui()));
            getStyleClass().add(styleClass(item.verdict()));
        }

        static String styleClass(ChangeVerdict v) {
            return "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
