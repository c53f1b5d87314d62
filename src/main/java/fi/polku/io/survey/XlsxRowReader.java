package fi.polku.io.survey;

import fi.polku.io.Problem;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of one sheet of an XLSX workbook with POI's SAX event reader, so that memory does
 * not grow with the number of rows. Dates come out as ISO dates and numbers unrounded, whatever their
 * display format in Excel.
 */
final class XlsxRowReader {
    private XlsxRowReader() {
    }

    static void read(Path file, String sheetName, RowSink sink) throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheetName == null || sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                        parse(sheet, sheets.getSheetPart().getSize(), styles, strings, sink);
                        return;
                    }
                }
            }
            throw new SurveyFileException(new Problem(name, 0, 0, "", names.isEmpty() ? "the workbook has no sheets"
                    : "no sheet named \"" + sheetName + "\"; the sheets are " + String.join(", ", names)));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new SurveyFileException(new Problem(name, 0, 0, "",
                    "not a readable Excel workbook (.xlsx): " + e.getMessage()), e);
        }
    }

    private static void parse(InputStream sheet, long size, StylesTable styles, ReadOnlySharedStringsTable strings,
                              RowSink sink) throws IOException, SAXException, ParserConfigurationException {
        BoundedInputStream counted = BoundedInputStream.builder().setInputStream(sheet).get();
        RowCollector collector = new RowCollector(sink, counted);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(),
                false));
        sink.totalBytes(size);
        xml.parse(new InputSource(counted));
    }

    /** Gathers the cells of a row, placing each by its column letter (empty cells are not reported). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final BoundedInputStream counted;
        private final List<String> cells = new ArrayList<>();

        RowCollector(RowSink sink, BoundedInputStream counted) {
            this.sink = sink;
            this.counted = counted;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1L, List.copyOf(cells), counted.getCount());
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Shows numbers as they are stored and date-formatted numbers as ISO dates, ignoring display formats. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
