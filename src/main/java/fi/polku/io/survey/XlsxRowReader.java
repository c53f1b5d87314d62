package fi.polku.io.survey;

import com.github.pjfanning.poi.xssf.streaming.TempFileSharedStringsTable;
import fi.polku.io.Problem;
import fi.polku.text.Text;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Streams the rows of one sheet of an XLSX workbook with POI's SAX event reader, so that memory does
 * not grow with the number of rows. Dates come out as ISO dates and numbers unrounded, whatever their
 * display format in Excel. The shared-strings table, where Excel keeps every text cell (a survey export
 * has about one unique respondent id per row), goes to a temporary file rather than the heap, so memory
 * does not grow with the number of distinct strings either; the file is deleted however the read ends.
 */
final class XlsxRowReader {
    private XlsxRowReader() {
    }

    static void read(Path file, String sheetName, RowSink sink) throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             TempFileSharedStringsTable strings = sharedStrings(pkg, sink)) {
            XSSFReader reader = new XSSFReader(pkg);
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
            throw new SurveyFileException(new Problem(name, 0, 0, "", names.isEmpty() ? Text.of("io.survey.noSheets")
                    : Text.of("io.survey.noSuchSheet", sheetName, String.join(", ", names))));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new SurveyFileException(new Problem(name, 0, 0, "",
                    Text.of("io.survey.badWorkbook", e.getMessage())), e);
        }
    }

    /**
     * Loads the workbook's shared strings into a temporary file (none to load: an empty table). It is
     * filled here rather than by the library's loading constructor so that a table which fails to parse
     * is still closed, and with it its file deleted.
     */
    private static TempFileSharedStringsTable sharedStrings(OPCPackage pkg, RowSink sink)
            throws IOException, SAXException {
        TempFileSharedStringsTable strings;
        try {
            strings = new TempFileSharedStringsTable(false, false);
        } catch (RuntimeException e) {
            throw cancelledOr(e, sink, 1);
        }
        try {
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!parts.isEmpty()) {
                // Only an interrupt is heeded here: the cancel option is documented as polled once a row.
                try (InputStream in = new CancellableInputStream(parts.getFirst().getInputStream(), () -> {
                    if (Thread.currentThread().isInterrupted()) {
                        sink.checkCancelled(1);
                    }
                })) {
                    strings.readFrom(in);
                } catch (IOException e) {
                    if (e.getCause() instanceof XMLStreamException) {
                        // Broken XML, as in a sheet: the caller reports the workbook as unreadable.
                        throw new SAXException(e.getMessage(), e);
                    }
                    throw e;
                }
            }
            return strings;
        } catch (IOException | SAXException e) {
            strings.close();
            throw e;
        } catch (RuntimeException e) {
            strings.close();
            throw cancelledOr(e, sink, 1);
        }
    }

    /** The names of a workbook's sheets, in order. */
    static List<String> sheetNames(Path file) throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            throw new SurveyFileException(new Problem(name, 0, 0, "",
                    Text.of("io.survey.badWorkbook", e.getMessage())), e);
        }
    }

    private static void parse(InputStream sheet, long size, StylesTable styles, SharedStrings strings,
                              RowSink sink) throws IOException, SAXException, ParserConfigurationException {
        BoundedInputStream counted = BoundedInputStream.builder().setInputStream(sheet).get();
        RowCollector collector = new RowCollector(sink, counted);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(),
                false));
        sink.totalBytes(size);
        try {
            xml.parse(new InputSource(counted));
        } catch (RuntimeException e) {
            throw cancelledOr(e, sink, collector.lastRow + 1);
        }
    }

    /**
     * An interrupt (the import dialog's Cancel) closes the temporary file's channel under a string lookup
     * or write; the failure that follows is the cancel itself, not a broken workbook.
     */
    private static RuntimeException cancelledOr(RuntimeException e, RowSink sink, long line) {
        if (Thread.currentThread().isInterrupted() && !(e instanceof CancellationException)) {
            try {
                sink.checkCancelled(line);
            } catch (CancellationException cancelled) {
                cancelled.initCause(e);
                return cancelled;
            }
        }
        return e;
    }

    /** Asks whether to stop before each read, so that loading a large shared-strings table can be cancelled. */
    private static final class CancellableInputStream extends FilterInputStream {
        private final Runnable check;

        CancellableInputStream(InputStream in, Runnable check) {
            super(in);
            this.check = check;
        }

        @Override
        public int read() throws IOException {
            check.run();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check.run();
            return super.read(b, off, len);
        }
    }

    /** Gathers the cells of a row, placing each by its column letter (empty cells are not reported). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final BoundedInputStream counted;
        private final List<String> cells = new ArrayList<>();
        private long lastRow;

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
            lastRow = rowNum + 1L;
            sink.row(lastRow, List.copyOf(cells), counted.getCount());
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
