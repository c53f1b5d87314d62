package fi.polku.io.survey;

import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a survey workbook the way Excel stores one: every text cell is an index into a shared-strings
 * table, and each row's respondent id is a string of its own, so the table has about as many entries
 * as the sheet has rows. The parts are written straight into the zip so that a million rows cost the
 * test no memory (POI's writers keep the whole shared-strings table in memory).
 */
final class SharedStringsWorkbook {
    static final String[] TOUCHPOINTS = {"Tervehdys", "Kassajono", "Yhteydenotto", "Lasku"};
    /** Rows whose index leaves this remainder get a text NPS answer and must be rejected. */
    static final int REJECT_EVERY = 50_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    private static final String[] HEADER = {"touchpoint", "metric", "value", "date", "respondent"};
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    // Shared-string indexes: header, touchpoints, "nps", the bad answer, then one respondent id per row.
    private static final int NPS = HEADER.length + TOUCHPOINTS.length;
    private static final int BAD_ANSWER = NPS + 1;
    private static final int FIRST_RESPONDENT = NPS + 2;

    private SharedStringsWorkbook() {
    }

    /** Whether data row {@code i} (0-based) carries the text answer that is rejected. */
    static boolean rejected(int i) {
        return i % REJECT_EVERY == REJECT_EVERY - 1;
    }

    static int npsAnswer(int i) {
        return i % 11;
    }

    static String respondent(int i) {
        return String.format("FI-%08d-%06x", i, (i * 2_654_435_761L) & 0xffffff);
    }

    /** Writes {@code rows} data rows after a header on the sheet "Vastaukset". */
    static void write(Path file, int rows) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw);
             Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, w, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/xl/workbook.xml", "sheet.main+xml")
                    + override("/xl/worksheets/sheet1.xml", "worksheet+xml")
                    + override("/xl/sharedStrings.xml", "sharedStrings+xml")
                    + override("/xl/styles.xml", "styles+xml") + "</Types>");
            part(zip, w, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + relation("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>");
            part(zip, w, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"Vastaukset\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, w, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + relation("rId1", "worksheet", "worksheets/sheet1.xml")
                    + relation("rId2", "sharedStrings", "sharedStrings.xml")
                    + relation("rId3", "styles", "styles.xml") + "</Relationships>");
            // Style 1 is Excel's built-in short date (format 14), as Excel writes a typed-in date.
            part(zip, w, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font/></fonts>"
                    + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                    + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            int unique = FIRST_RESPONDENT + rows;
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\""
                    + (HEADER.length + 3L * rows) + "\" uniqueCount=\"" + unique + "\">");
            for (String s : HEADER) {
                w.write("<si><t>" + s + "</t></si>");
            }
            for (String s : TOUCHPOINTS) {
                w.write("<si><t>" + s + "</t></si>");
            }
            w.write("<si><t>nps</t></si><si><t>kymmenen</t></si>");
            for (int i = 0; i < rows; i++) {
                w.write("<si><t>" + respondent(i) + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            w.write("<row r=\"1\">");
            for (int c = 0; c < HEADER.length; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            for (int i = 0; i < rows; i++) {
                int r = i + 2;
                double date = DateUtil.getExcelDate(FIRST_DAY.plusDays(i % 28));
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + (HEADER.length + i % 4)
                        + "</v></c><c r=\"B" + r + "\" t=\"s\"><v>" + NPS + "</v></c>"
                        + (rejected(i) ? "<c r=\"C" + r + "\" t=\"s\"><v>" + BAD_ANSWER + "</v></c>"
                        : "<c r=\"C" + r + "\"><v>" + npsAnswer(i) + "</v></c>")
                        + "<c r=\"D" + r + "\" s=\"1\"><v>" + (long) date + "</v></c><c r=\"E" + r
                        + "\" t=\"s\"><v>" + (FIRST_RESPONDENT + i) + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + CT + type + "\"/>";
    }

    private static String relation(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
        w.flush();
        zip.closeEntry();
    }
}
