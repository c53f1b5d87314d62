package fi.polku.ui.vocabulary;

import fi.polku.edit.MetricRules;
import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.MetricKind;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.Messages;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of one custom metric: name, unit, kind (a scale or yes/no), scale minimum and maximum, and
 * whether higher or lower is better. A yes/no metric's value is a share of yes, so its scale is 0–100 %.
 */
final class MetricForm {
    private final GridPane grid = new GridPane();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final ChoiceBox<MetricKind> kind = new ChoiceBox<>();
    final TextField min = new TextField();
    final TextField max = new TextField();
    final ChoiceBox<Direction> direction = new ChoiceBox<>();
    final Label problems = new Label();
    private String scaleUnit = "";

    MetricForm() {
        name.setId("metric-name");
        unit.setId("metric-unit");
        kind.setId("metric-kind");
        min.setId("metric-min");
        max.setId("metric-max");
        direction.setId("metric-direction");
        problems.setId("metric-problems");
        problems.getStyleClass().add("fixed-error");
        problems.setWrapText(true);
        problems.setMaxWidth(320);
        kind.getItems().setAll(MetricKind.values());
        kind.setConverter(named("metricKind."));
        direction.getItems().setAll(Direction.values());
        direction.setConverter(named("metricDirection."));
        name.setPrefColumnCount(20);
        unit.setPrefColumnCount(8);
        min.setPrefColumnCount(5);
        max.setPrefColumnCount(5);
        kind.valueProperty().addListener((o, was, now) -> kindChanged(was, now));
        grid.setHgap(8);
        grid.setVgap(6);
        row(0, "metrics.field.name", name);
        row(1, "metrics.field.unit", unit);
        row(2, "metrics.field.kind", kind);
        row(3, "metrics.field.scale", new HBox(6, min, new Label("–"), max));
        row(4, "metrics.field.direction", direction);
        grid.add(problems, 0, 5, 2, 1);
        clear();
    }

    GridPane node() {
        return grid;
    }

    /** Empty fields for a new metric: a 1–5 scale where higher is better. */
    void clear() {
        load(MetricDefinition.custom("", "", "", 1, 5, Direction.HIGHER_IS_BETTER));
        name.setText("");
    }

    void load(MetricDefinition m) {
        name.setText(m.name());
        unit.setText(m.unit());
        kind.setValue(m.kind());
        min.setText(number(m.min()));
        max.setText(number(m.max()));
        direction.setValue(m.direction());
        problems.setText(null);
    }

    /**
     * The metric the fields describe, with {@code id}, or empty with the reasons shown under the fields
     * when a number does not read or {@link MetricRules} finds a problem in {@code map}.
     */
    Optional<MetricDefinition> read(JourneyMap map, String id) {
        List<String> reasons = new ArrayList<>();
        Optional<Double> low = Formats.parseNumber(min.getText());
        Optional<Double> high = Formats.parseNumber(max.getText());
        if (low.isEmpty()) {
            reasons.add(Messages.format("metrics.notANumber", Messages.get("metrics.field.min"), min.getText()));
        }
        if (high.isEmpty()) {
            reasons.add(Messages.format("metrics.notANumber", Messages.get("metrics.field.max"), max.getText()));
        }
        MetricDefinition m = null;
        if (reasons.isEmpty()) {
            m = kind.getValue() == MetricKind.YES_NO
                    ? MetricDefinition.yesNo(id, name.getText().strip(), direction.getValue())
                    : MetricDefinition.custom(id, name.getText().strip(), unit.getText().strip(), low.get(), high.get(),
                    direction.getValue());
            for (Text problem : MetricRules.problems(map, name.getText(), m)) {
                reasons.add(problem.in(Localization.ui()));
            }
        } else if (name.getText().isBlank()) {
            reasons.addFirst(Text.of("metric.rule.nameMissing").in(Localization.ui()));
        }
        problems.setText(reasons.isEmpty() ? null : reasons.stream().collect(Collectors.joining("\n")));
        return reasons.isEmpty() ? Optional.of(m) : Optional.empty();
    }

    /** A yes/no metric is a percentage of yes: its scale and unit are fixed and shown, not typed. */
    private void kindChanged(MetricKind was, MetricKind now) {
        boolean yesNo = now == MetricKind.YES_NO;
        if (yesNo) {
            scaleUnit = was == null ? "" : unit.getText();
            min.setText("0");
            max.setText("100");
            unit.setText("%");
        } else if (was == MetricKind.YES_NO) {
            unit.setText(scaleUnit);
        }
        min.setDisable(yesNo);
        max.setDisable(yesNo);
        unit.setDisable(yesNo);
    }

    private void row(int at, String key, javafx.scene.Node field) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
        }
        grid.add(label, 0, at);
        grid.add(field, 1, at);
    }

    /** A number as typed back: 1.5 as "1,5" in a Finnish window, no trailing zeros. */
    static String number(double value) {
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return Localization.ui().equals(Localization.FINNISH) ? plain.replace('.', ',') : plain;
    }

    private static <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        };
    }
}
