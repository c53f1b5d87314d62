package fi.polku.ui.analysis;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** The text columns of the analysis tables: a heading from the analysis bundle, numbers set to the right. */
final class AnalysisColumns {
    private AnalysisColumns() {
    }

    static <R> TableColumn<R, String> column(String key, double width, boolean numeric, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(AnalysisText.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        if (numeric) {
            c.setCellFactory(v -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(Pos.CENTER_RIGHT);
                }
            });
        }
        return c;
    }
}
