package fi.polku.ui.sheet;

import fi.polku.io.table.ColumnNames;
import fi.polku.io.sheet.TouchpointColumns;
import fi.polku.io.sheet.TouchpointField;
import fi.polku.ui.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the column of each field of a touchpoint, from the spreadsheet's header: each starts on the column
 * its header was recognised as, and an optional field can have none. Columns are shown by letter and header.
 */
final class SheetColumnsPane extends GridPane {
    /** The choice "no column", for the optional fields. */
    private static final int NONE = -1;

    private final Map<TouchpointField, ComboBox<Integer>> choices = new EnumMap<>(TouchpointField.class);
    private ColumnNames names = new ColumnNames(List.of());
    private Runnable onChange = () -> { };
    private boolean filling;

    SheetColumnsPane() {
        setHgap(8);
        setVgap(6);
        TouchpointField[] fields = TouchpointField.values();
        int half = (fields.length + 1) / 2;
        for (int i = 0; i < fields.length; i++) {
            TouchpointField field = fields[i];
            ComboBox<Integer> combo = new ComboBox<>();
            combo.setId("sheet-column-" + field.id());
            combo.setPrefWidth(270);
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer index) {
                    return shown(index);
                }

                @Override
                public Integer fromString(String text) {
                    throw new UnsupportedOperationException("the column choice is not typed");
                }
            });
            combo.setPromptText(Messages.get("dialog.newSheet.chooseColumn"));
            combo.valueProperty().addListener((o, was, now) -> {
                if (!filling) {
                    onChange.run();
                }
            });
            Label label = new Label(Messages.get("dialog.newSheet.field." + field.name()));
            label.setLabelFor(combo);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            choices.put(field, combo);
            add(label, (i / half) * 2, i % half);
            add(combo, (i / half) * 2 + 1, i % half);
        }
    }

    private String shown(Integer index) {
        if (index == null) {
            return "";
        }
        return index == NONE ? Messages.get("dialog.newSheet.noColumn") : names.describe(index);
    }

    /** Run when the user picks another column. */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Offers the header's columns and sets each field to the column found for it, without telling onChange. */
    void show(List<String> header, TouchpointColumns found) {
        filling = true;
        try {
            names = new ColumnNames(header);
            for (TouchpointField field : TouchpointField.values()) {
                List<Integer> items = new ArrayList<>();
                if (!field.required()) {
                    items.add(NONE);
                }
                for (int i = 0; i < names.size(); i++) {
                    items.add(i);
                }
                ComboBox<Integer> combo = choices.get(field);
                combo.getItems().setAll(items);
                Integer column = found == null || found.column(field).isEmpty() ? null : found.column(field).getAsInt();
                combo.setValue(column != null ? column : field.required() ? null : NONE);
            }
        } finally {
            filling = false;
        }
    }

    /** The chosen columns as names for the reader: a column letter, or empty for none. */
    Map<TouchpointField, String> chosen() {
        Map<TouchpointField, String> chosen = new EnumMap<>(TouchpointField.class);
        for (Map.Entry<TouchpointField, ComboBox<Integer>> e : choices.entrySet()) {
            Integer index = e.getValue().getValue();
            chosen.put(e.getKey(), index == null || index == NONE ? "" : ColumnNames.letter(index));
        }
        return chosen;
    }

    ComboBox<Integer> choice(TouchpointField field) {
        return choices.get(field);
    }
}
