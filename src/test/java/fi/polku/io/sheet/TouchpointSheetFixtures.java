package fi.polku.io.sheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Realistic spreadsheets of touchpoints for the reader's, the command line's and the window's tests. */
public final class TouchpointSheetFixtures {
    private TouchpointSheetFixtures() {
    }

    /** A consultant's sheet of a store's touchpoints, English headers with scales in brackets. */
    public static final String STORE_CSV = """
            Stage,Channel,Touchpoint,Description,Importance (1-5),Emotion (-3..+3),Owner,Tags
            Discover,Website,Reads opening hours,"Checks the bus timetable, then the shop hours",4,1,Marketing,"web; timetable"
            ,Social media,Sees the bus advert,,3,2,Marketing,social
            Plan,E-mail,Newsletter with offers,,2,0,CRM team,
            Visit,Store,Queue at the checkout,Long queue on Saturdays,5,-2,Store manager,"pain, queue, pain"
            visit ,Phone,Calls to ask about a product,,3,−1,Customer service,
            Visit,Bus,Free bus ride,Catalogue missing on board,"4,5",+1,Logistics,opportunity

            After,Invoice,Pays the invoice,,2,,Finance,
            After,Chat,Asks about a return,,3,1,,
            """;

    /**
     * A Finnish workbook as a team keeps it: instructions on the first sheet, a title above the header, stages
     * written once over merged cells, numbers as Excel numbers, a row that only declares a stage.
     */
    public static Path finnishWorkbook(Path dir) throws Exception {
        Path file = dir.resolve("kosketuspisteet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Ohje").createRow(0).createCell(0).setCellValue("Täytä yksi kosketuspiste riville.");
            Sheet sheet = wb.createSheet("Polku");
            sheet.createRow(0).createCell(0).setCellValue("Myymäläbussin asiakaspolku");
            Object[][] rows = {
                    {"Vaihe", "Kanava", "Kosketuspiste", "Kuvaus", "Tärkeys", "Tunne", "Vastuuhenkilö", "Tunnisteet"},
                    {"Ennen ostoa", "Verkkosivut", "Aikataulu verkkosivuilla", "Bussin aikataulu", 4.0, 1.0, "Markkinointi", "verkko;aikataulu"},
                    {null, "Sosiaalinen media", "Bussimainos Instagramissa", null, 3.0, 2.0, "Markkinointi", null},
                    {"Matka", "Bussi", "Kyyti myymälään", "Ilmainen bussi", 5.0, 2.0, "Logistiikka", "mahdollisuus"},
                    {null, "Puhelin", "Soitto asiakaspalveluun", null, 2.0, -1.0, null, null},
                    {"Ostos", "Myymälä", "Kassajono", "Pitkä jono lauantaisin", 5.0, -2.0, "Myymäläpäällikkö", "kipupiste, jono"},
                    {null, "Chatti", "Kysyy tuotteesta chatissa", null, 3.0, 0.0, null, null},
                    {"Oston jälkeen", "Sähköposti", "Kiitosviesti", null, 2.0, 1.0, "CRM", null},
                    {null, "Lasku", "Lasku sähköpostiin", null, 3.0, -1.0, "Talous", null},
                    {"Palaute", null, null, null, null, null, null, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
