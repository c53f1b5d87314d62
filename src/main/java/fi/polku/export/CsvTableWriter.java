package fi.polku.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.polku.io.AtomicFileWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link Table} as a CSV file that Excel and LibreOffice open correctly, atomically. */
public final class CsvTableWriter {
    // The caller owns the stream (an atomic file write flushes and syncs it after this returns).
    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private CsvTableWriter() {
    }

    /** Writes the table to {@code target}; on failure the target is left as it was. */
    public static void write(Table table, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> write(table, out), false);
    }

    /** Writes the table as UTF-8 CSV with a byte-order mark, comma-separated, CRLF line ends (RFC 4180). */
    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Excel guesses a legacy code page for CSV without a BOM and shows "Ã¤" for "ä"; the BOM makes it read UTF-8.
        writer.write('\uFEFF');
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\r\n");
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(schema).writeValues(writer)) {
            rows.write(table.columns().stream().map(c -> SpreadsheetText.neutralise(c.header())).toArray(String[]::new));
            for (List<Object> row : table.rows()) {
                ExportCancelled.check();
                String[] cells = new String[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(row.get(i));
                }
                rows.write(cells);
            }
        }
        writer.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof TableProduct p) {
            return number(p.value());
        }
        return SpreadsheetText.neutralise(value.toString());
    }

    /** A number as plain digits with a dot and no exponent or trailing zeros, whatever the user's locale. */
    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return n.toString();
        }
        return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
    }
}
