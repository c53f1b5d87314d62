package fi.polku.export;

import java.util.List;

/**
 * A table cell that is the product of other cells of its row, such as an opportunity's yearly value: a
 * workbook gets the formula (so a client can change a factor and see the value follow) with the value
 * cached, a CSV file and a preview get the value.
 *
 * @param columns the columns multiplied, by index
 * @param value   the product as the model computes it
 */
public record TableProduct(List<Integer> columns, double value) {
    public TableProduct {
        columns = List.copyOf(columns);
    }

    /** The value as a CSV file writes it, so a preview shows what the file will hold. */
    @Override
    public String toString() {
        return CsvTableWriter.number(value);
    }
}
