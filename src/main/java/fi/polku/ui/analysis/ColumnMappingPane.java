package fi.polku.ui.analysis;

import fi.polku.io.survey.ColumnMapping;
import fi.polku.io.survey.SurveyField;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses which column of a survey file holds each field, from the file's header row. Each field starts
 * on the column with its usual name (English or Finnish); optional fields can be set to none.
 */
final class ColumnMappingPane extends GridPane {
    private final Map<SurveyField, ComboBox<String>> choices = new EnumMap<>(SurveyField.class);
    private Runnable onChange = () -> { };

    ColumnMappingPane() {
        setHgap(8);
        setVgap(6);
        int i = 0;
        for (SurveyField field : SurveyField.values()) {
            Label label = new Label(AnalysisText.text("import.field." + field.name()) + ":");
            ComboBox<String> combo = new ComboBox<>();
            combo.setId("column-" + field.name().toLowerCase(Locale.ROOT));
            combo.setPrefWidth(200);
            label.setLabelFor(combo);
            combo.valueProperty().addListener((o, was, now) -> onChange.run());
            choices.put(field, combo);
            add(label, (i / 3) * 2, i % 3);
            add(combo, (i / 3) * 2 + 1, i % 3);
            i++;
        }
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    ComboBox<String> choice(SurveyField field) {
        return choices.get(field);
    }

    /** Offers the header's columns, each field preset to the column with its usual name. */
    void setHeader(List<String> header) {
        Runnable keep = onChange;
        onChange = () -> { };
        try {
            for (SurveyField field : SurveyField.values()) {
                List<String> items = new ArrayList<>();
                if (!field.required()) {
                    items.add(AnalysisText.text("import.column.none"));
                }
                header.stream().filter(h -> !h.isBlank()).forEach(items::add);
                ComboBox<String> combo = choices.get(field);
                combo.getItems().setAll(items);
                combo.setValue(usual(field, header).orElse(field.required() ? null : items.getFirst()));
            }
        } finally {
            onChange = keep;
        }
        onChange.run();
    }

    private static java.util.Optional<String> usual(SurveyField field, List<String> header) {
        for (String h : header) {
            for (String name : field.headers()) {
                if (h.strip().equalsIgnoreCase(name)) {
                    return java.util.Optional.of(h);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** True when every required field has a column. */
    boolean complete() {
        return SurveyField.values().length == choices.size() && java.util.Arrays.stream(SurveyField.values())
                .filter(SurveyField::required).allMatch(f -> choices.get(f).getValue() != null);
    }

    /** The chosen columns as a mapping. */
    ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.defaults();
        String none = AnalysisText.text("import.column.none");
        for (SurveyField field : SurveyField.values()) {
            String header = choices.get(field).getValue();
            // "None" leaves an optional field to its usual names, which setHeader found absent.
            if (header != null && !header.equals(none)) {
                mapping = mapping.with(field, header);
            }
        }
        return mapping;
    }
}
