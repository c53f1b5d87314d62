package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.metrics.TargetStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes tables as an Excel workbook, one sheet per table: a bold header row that stays in view (frozen
 * panes), an auto-filter, widths that fit the content, and numbers as numeric cells so they can be summed
 * and sorted.
 */
public final class XlsxTableWriter {
    /** Columns never get wider than this many characters; long titles wrap inside the cell instead. */
    private static final int MAX_WIDTH = 60;

    private XlsxTableWriter() {
    }

    /** Writes the tables to {@code target}; on failure the target is left as it was. */
    public static void write(List<Table> tables, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> write(tables, out), false);
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            for (Table table : tables) {
                sheet(book.createSheet(table.name()), table, styles, table == tables.getFirst() ? 4 : 2);
            }
            ExportCancelled.check();
            book.write(out);
        }
    }

    private static void sheet(Sheet sheet, Table table, Styles styles, int frozenColumns) throws IOException {
        List<TableColumn> columns = table.columns();
        Row header = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(SpreadsheetText.neutralise(columns.get(c).header()));
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(columns.get(c).header().length() + 3, 6);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            ExportCancelled.check();
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.of(columns.get(c).kind()));
                    widths[c] = Math.max(widths[c], CsvTableWriter.number(n).length() + 2);
                } else if (v instanceof TableProduct p) {
                    cell.setCellFormula(product(p, r + 1));
                    cell.setCellValue(p.value()); // the cached result, shown before (or without) a recalculation
                    cell.setCellStyle(styles.money);
                    widths[c] = Math.max(widths[c], CsvTableWriter.number(Math.round(p.value())).length() + 4);
                } else {
                    String text = SpreadsheetText.neutralise(v.toString());
                    cell.setCellValue(text);
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, text.length() + 2));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == TableColumn.Kind.STATUS && !table.rows().isEmpty()) {
                colourStatuses(sheet, new CellRangeAddress(1, table.rows().size(), c, c), table.language());
            }
        }
        sheet.createFreezePane(Math.min(frozenColumns, columns.size()), 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
        }
    }

    /** The formula of a product in row {@code row} (0-based), such as {@code D2*E2*F2*G2*H2}. */
    private static String product(TableProduct p, int row) {
        return String.join("*", p.columns().stream().map(c -> new CellReference(row, c).formatAsString()).toList());
    }

    /** Tints status cells in the map's colour-blind-safe status colours, so the sheet reads like the map. */
    private static void colourStatuses(Sheet sheet, CellRangeAddress range, Locale language) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule[] rules = new ConditionalFormattingRule[3];
        // The words the table holds: the status names in the table's (the map's) language.
        String[] words = {TargetStatus.BELOW.text().in(language), TargetStatus.AT.text().in(language),
                TargetStatus.ABOVE.text().in(language)};
        int[] tints = {0xF9DCC8, 0xFBEBC8, 0xC8EBDF};
        for (int i = 0; i < 3; i++) {
            rules[i] = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + words[i] + "\"");
            PatternFormatting fill = rules[i].createPatternFormatting();
            int rgb = tints[i];
            fill.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        }
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rules);
    }

    /** Cell styles are workbook-wide and limited in number, so each is made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle decimal;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle money;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0#"));
            integer = book.createCellStyle();
            integer.setDataFormat(book.createDataFormat().getFormat("0"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0#%"));
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        }

        CellStyle of(TableColumn.Kind kind) {
            return switch (kind) {
                case INTEGER -> integer;
                case PERCENT -> percent;
                default -> decimal;
            };
        }
    }
}
