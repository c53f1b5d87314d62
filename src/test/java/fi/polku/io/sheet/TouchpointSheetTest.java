package fi.polku.io.sheet;

import fi.polku.export.TouchpointTables;
import fi.polku.export.XlsxTableWriter;
import fi.polku.io.MapFiles;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointSheetTest {
    @TempDir
    Path dir;


    static TouchpointSheet.Options options(Map<TouchpointField, String> columns) {
        return new TouchpointSheet.Options(null, columns, null, ENGLISH, 5);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    private static List<String> lanes(JourneyMap map) {
        return map.lanes().stream().map(l -> l.name() + ":" + l.kind() + ":" + l.channel()).toList();
    }

    private static Touchpoint card(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void anEnglishCsvBecomesStagesLanesAndCardsInTheOrderFirstMet() throws Exception {
        SheetReading reading = TouchpointSheet.read(write("store.csv", TouchpointSheetFixtures.STORE_CSV), options(Map.of()));

        assertThat(reading.problems()).isEmpty();
        JourneyMap map = reading.map().orElseThrow();
        assertThat(map.title()).isEqualTo("store");
        assertThat(map.language()).isEqualTo("en");
        assertThat(names(map.stages())).containsExactly("Discover", "Plan", "Visit", "After");
        assertThat(map.stages().stream().map(Stage::id).toList()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(lanes(map)).containsExactly("Website:CHANNEL:WEB", "Social media:CHANNEL:SOCIAL",
                "E-mail:CHANNEL:EMAIL", "Store:CHANNEL:STORE", "Phone:CHANNEL:PHONE", "Bus:CHANNEL:OTHER",
                "Invoice:CHANNEL:INVOICE", "Chat:CHANNEL:CHAT", "Emotion:EMOTION:null");
        assertThat(map.touchpoints()).hasSize(8);
        assertThat(reading.rows()).isEqualTo(8);

        Touchpoint hours = card(map, "Reads opening hours");
        assertThat(hours.id()).isEqualTo("t1");
        assertThat(hours.description()).isEqualTo("Checks the bus timetable, then the shop hours");
        assertThat(hours.importance()).isEqualTo(4.0);
        assertThat(hours.emotion()).isEqualTo(1.0);
        assertThat(hours.owner()).isEqualTo("Marketing");
        assertThat(hours.tags()).containsExactly("web", "timetable");
        assertThat(hours.isIn("s1", "l1")).isTrue();
        // A blank stage repeats the one above; "visit " is the stage "Visit".
        assertThat(card(map, "Sees the bus advert").isIn("s1", "l2")).isTrue();
        assertThat(card(map, "Calls to ask about a product").isIn("s3", "l5")).isTrue();
        assertThat(card(map, "Calls to ask about a product").emotion()).isEqualTo(-1.0);
        Touchpoint queue = card(map, "Queue at the checkout");
        assertThat(queue.tags()).containsExactly("pain", "queue");
        assertThat(queue.emotion()).isEqualTo(-2.0);
        assertThat(card(map, "Free bus ride").importance()).isEqualTo(4.5);
        assertThat(card(map, "Pays the invoice").emotion()).isNull();
        assertThat(card(map, "Asks about a return").owner()).isEmpty();
        assertThat(reading.firstRows()).hasSize(5);
        assertThat(reading.firstRows().getFirst().line()).isEqualTo(2);
        assertThat(reading.firstRows().get(1).cells().get(2)).isEqualTo("Sees the bus advert");
        // What the file format requires of a map holds for it.
        MapFiles.save(map, dir.resolve("store.polku.json"));
        assertThat(MapFiles.load(dir.resolve("store.polku.json"))).isEqualTo(map);
    }

    @Test
    void rowErrorsAreAllListedWithRowColumnLetterAndHeaderAndNoMapIsMade() throws Exception {
        Path file = write("errors.csv", """
                Stage;Channel;Title;Importance;Emotion
                Before;Web;Finds the site;6;0
                ;Phone;;3;
                Purchase;Store;Pays;high;4
                After;Email;Thank-you note;;2
                """);
        SheetReading reading = TouchpointSheet.read(file, options(Map.of()));

        assertThat(reading.map()).isEmpty();
        assertThat(reading.problemCount()).isEqualTo(4);
        assertThat(reading.problems().stream().map(p -> p.in(ENGLISH)).toList()).containsExactly(
                "errors.csv, row 2, column D \"Importance\": importance 6 is outside 1–5",
                "errors.csv, row 3, column C \"Title\": no title; every touchpoint needs one",
                "errors.csv, row 4, column D \"Importance\": importance \"high\" is not a number",
                "errors.csv, row 4, column E \"Emotion\": emotion 4 is outside −3…+3");
        assertThat(reading.problems().get(2).in(FINNISH))
                .isEqualTo("errors.csv, rivi 4, sarake D ”Importance”: tärkeys ”high” ei ole luku");
        // The preview still shows what would be made.
        assertThat(names(reading.draft().stages())).containsExactly("Before", "Purchase", "After");
        assertThat(reading.draft().lanes()).hasSize(5);
    }

    @Test
    void aMissingColumnAndAStageMissingFromTheFirstRowAreNamed() throws Exception {
        SheetReading noLane = TouchpointSheet.read(write("nolane.csv", "Stage,Title,Owner\nBefore,Finds us,Anna\n"),
                options(Map.of()));
        assertThat(noLane.problems()).singleElement().extracting(p -> p.in(ENGLISH)).isEqualTo(
                "nolane.csv: no column for the channel or lane; the header has A \"Stage\", B \"Title\", C \"Owner\"");

        SheetReading noStage = TouchpointSheet.read(write("nostage.csv", "Stage,Lane,Title\n,Web,Finds us\n"),
                options(Map.of()));
        assertThat(noStage.problems()).singleElement().extracting(p -> p.in(ENGLISH))
                .isEqualTo("nostage.csv, row 2, column A \"Stage\": no stage, and no stage above it to repeat");
    }

    @Test
    void theUserNamesColumnsByHeaderLetterOrNoneAndAWrongNameListsTheCandidates() throws Exception {
        Path file = write("workshop.csv", """
                Phase,Where,What happens,Notes,Notes 2
                Arrive,Car park,Finds a parking space,Busy on Fridays,x
                Arrive,Reception,Is greeted,,y
                """);
        SheetReading reading = TouchpointSheet.read(file, options(Map.of(TouchpointField.LANE, "where",
                TouchpointField.TITLE, "C", TouchpointField.DESCRIPTION, "")));
        JourneyMap map = reading.map().orElseThrow();
        assertThat(names(map.stages())).containsExactly("Arrive");
        assertThat(lanes(map)).containsExactly("Car park:CHANNEL:OTHER", "Reception:CHANNEL:OTHER",
                "Emotion:EMOTION:null");
        assertThat(card(map, "Finds a parking space").description()).isEmpty();

        // "Notes" is one header exactly; "No" is a prefix of two.
        SheetReading notes = TouchpointSheet.read(file, options(Map.of(TouchpointField.LANE, "B",
                TouchpointField.TITLE, "What", TouchpointField.DESCRIPTION, "Notes")));
        assertThat(card(notes.map().orElseThrow(), "Is greeted").description()).isEmpty();
        assertThat(card(notes.map().orElseThrow(), "Finds a parking space").description()).isEqualTo("Busy on Fridays");
        SheetReading ambiguous = TouchpointSheet.read(file, options(Map.of(TouchpointField.LANE, "B",
                TouchpointField.TITLE, "What", TouchpointField.DESCRIPTION, "No")));
        assertThat(ambiguous.map()).isEmpty();
        assertThat(ambiguous.problems()).singleElement().extracting(p -> p.in(ENGLISH)).asString()
                .startsWith("workshop.csv: \"No\" fits 2 columns: D \"Notes\", E \"Notes 2\"");
    }


    @Test
    void aFinnishWorkbookMakesAFinnishMapFromTheSheetAsked() throws Exception {
        SheetReading reading = TouchpointSheet.read(TouchpointSheetFixtures.finnishWorkbook(dir),
                new TouchpointSheet.Options("polku", Map.of(), "Myymäläbussi", ENGLISH, 3));

        assertThat(reading.sheets()).containsExactly("Ohje", "Polku");
        assertThat(reading.header()).startsWith("Vaihe", "Kanava", "Kosketuspiste");
        assertThat(reading.problems()).isEmpty();
        JourneyMap map = reading.map().orElseThrow();
        assertThat(map.title()).isEqualTo("Myymäläbussi");
        assertThat(map.language()).isEqualTo("fi");
        assertThat(names(map.stages())).containsExactly("Ennen ostoa", "Matka", "Ostos", "Oston jälkeen", "Palaute");
        assertThat(lanes(map)).containsExactly("Verkkosivut:CHANNEL:WEB", "Sosiaalinen media:CHANNEL:SOCIAL",
                "Bussi:CHANNEL:OTHER", "Puhelin:CHANNEL:PHONE", "Myymälä:CHANNEL:STORE", "Chatti:CHANNEL:CHAT",
                "Sähköposti:CHANNEL:EMAIL", "Lasku:CHANNEL:INVOICE", "Tunne:EMOTION:null");
        assertThat(map.touchpoints()).hasSize(8);
        Touchpoint queue = card(map, "Kassajono");
        assertThat(queue.isIn("s3", "l5")).isTrue();
        assertThat(queue.importance()).isEqualTo(5.0);
        assertThat(queue.emotion()).isEqualTo(-2.0);
        assertThat(queue.owner()).isEqualTo("Myymäläpäällikkö");
        assertThat(queue.tags()).containsExactly("kipupiste", "jono");
        assertThat(card(map, "Bussimainos Instagramissa").isIn("s1", "l2")).isTrue();
        assertThat(card(map, "Lasku sähköpostiin").isIn("s4", "l8")).isTrue();
        assertThat(reading.firstRows()).hasSize(3);
        assertThat(reading.firstRows().getFirst().line()).isEqualTo(4);
    }

    @Test
    void aWorkbookWhoseFirstSheetHasNoColumnsNamesItsSheets() throws Exception {
        SheetReading reading = TouchpointSheet.read(TouchpointSheetFixtures.finnishWorkbook(dir), options(Map.of()));
        assertThat(reading.map()).isEmpty();
        assertThat(reading.problems().stream().map(p -> p.in(FINNISH)).toList()).containsExactly(
                "kosketuspisteet.xlsx: sarake puuttuu: vaihe; otsikkorivillä on A \"Täytä yksi kosketuspiste riville.\"",
                "kosketuspisteet.xlsx: sarake puuttuu: kanava tai kaista; otsikkorivillä on A \"Täytä yksi kosketuspiste riville.\"",
                "kosketuspisteet.xlsx: sarake puuttuu: otsikko; otsikkorivillä on A \"Täytä yksi kosketuspiste riville.\"",
                "kosketuspisteet.xlsx: sarakkeita etsittiin välilehdeltä ”Ohje”; työkirjan välilehdet ovat Ohje, Polku");
        assertThat(reading.problems().getLast().in(ENGLISH)).isEqualTo(
                "kosketuspisteet.xlsx: the columns were looked for on the sheet \"Ohje\"; the workbook's sheets are Ohje, Polku");
    }

    @Test
    void aFinnishWorkbooksErrorsAreInEitherLanguage() throws Exception {
        Path file = dir.resolve("virheet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Taul1");
            Row header = sheet.createRow(0);
            String[] names = {"Vaihe", "Kaista", "Otsikko", "Tärkeys (1–5)", "Tunne (−3…+3)"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Osto");
            row.createCell(1).setCellValue("Myymälä");
            row.createCell(2).setCellValue("Kassa");
            row.createCell(3).setCellValue(0.0);
            row.createCell(4).setCellValue("iloinen");
            wb.write(out);
        }
        SheetReading reading = TouchpointSheet.read(file, options(Map.of()));
        assertThat(reading.problems().stream().map(p -> p.in(FINNISH)).toList()).containsExactly(
                "virheet.xlsx, rivi 2, sarake D ”Tärkeys (1–5)”: tärkeys 0 ei ole välillä 1–5",
                "virheet.xlsx, rivi 2, sarake E ”Tunne (−3…+3)”: tunne ”iloinen” ei ole luku");
        assertThat(reading.problems().getFirst().in(ENGLISH))
                .isEqualTo("virheet.xlsx, row 2, column D \"Tärkeys (1–5)\": importance 0 is outside 1–5");
        assertThat(reading.draft().language()).isEqualTo("fi");
    }

    @Test
    void theMapsOwnTouchpointTableReadsBackAsItsStagesLanesAndCards() throws Exception {
        JourneyMap storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Path file = dir.resolve("export.xlsx");
        XlsxTableWriter.write(List.of(TouchpointTables.touchpoints(storeBus)), file);

        JourneyMap back = TouchpointSheet.read(file, options(Map.of())).map().orElseThrow();

        assertThat(back.language()).isEqualTo("fi");
        List<String> usedStages = storeBus.stages().stream()
                .filter(s -> storeBus.touchpoints().stream().anyMatch(t -> t.stageId().equals(s.id())))
                .map(Stage::name).toList();
        assertThat(names(back.stages())).containsExactlyElementsOf(usedStages);
        assertThat(back.touchpoints()).hasSameSizeAs(storeBus.touchpoints());
        Lane web = back.lanes().stream().filter(l -> l.name().equals("Verkkosivut ja sähköposti")).findFirst()
                .orElseThrow();
        assertThat(web.channel()).isEqualTo(ChannelType.WEB);
        assertThat(back.lanes().stream().filter(l -> l.kind() == LaneKind.EMOTION)).hasSize(1);
        for (Touchpoint t : storeBus.touchpoints()) {
            Touchpoint copy = card(back, t.title());
            assertThat(copy.importance()).as(t.title()).isEqualTo(t.importance());
            assertThat(copy.emotion()).as(t.title()).isEqualTo(t.emotion());
        }
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedInTheUsersWords() throws Exception {
        Path file = write("map.json", "{}");
        assertThatThrownBy(() -> TouchpointSheet.read(file, options(Map.of())))
                .isInstanceOf(SurveyFileException.class)
                .satisfies(e -> assertThat(((SurveyFileException) e).problem().in(FINNISH))
                        .isEqualTo("map.json: tuntematon taulukkotiedoston tyyppi; käytä .csv- tai .xlsx-tiedostoa"));
        SheetReading empty = TouchpointSheet.read(write("empty.csv", "Stage,Lane,Title\n"), options(Map.of()));
        assertThat(empty.problems()).singleElement().extracting(p -> p.in(Localization.ENGLISH))
                .isEqualTo("empty.csv: no touchpoint rows under the header");
    }
}
