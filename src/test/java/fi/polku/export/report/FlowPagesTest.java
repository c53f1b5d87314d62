package fi.polku.export.report;

import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;
import fi.polku.layout.FontFace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's text pages: headings stay with what follows, tables split between rows, no cell overflows. */
class FlowPagesTest {
    private static final double WIDTH = ReportSheet.A4.contentWidth();
    private static final ReportContext CONTEXT = ReportContext.of(JourneyMap.empty("m", "Map"), ReportOptions.defaults());

    /** A block of a fixed height that cannot be split, standing in for a paragraph of known size. */
    private record Filler(double height) implements Block {
        public double firstPartHeight() {
            return height;
        }

        public Block[] split(double room) {
            return new Block[] {null, this};
        }

        public void paint(Painter p, double x, double y) {
        }
    }

    private static List<FlowPage.Placed> placed(ReportPage page) throws Exception {
        var field = FlowPage.class.getDeclaredField("placed");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<FlowPage.Placed> list = (List<FlowPage.Placed>) field.get(page);
        return list;
    }

    private static PdfTable table(int rows) {
        List<List<PdfTable.Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of(PdfTable.Cell.of("Row " + i), PdfTable.Cell.of(Integer.toString(i))));
        }
        return PdfTable.of(List.of(new PdfTable.Column("Name", 3, false), new PdfTable.Column("N", 1, true)),
                cells, WIDTH);
    }

    @Test
    void aHeadingAtTheFootOfAPageMovesToTheNextWithItsTable() throws Exception {
        double page = ReportLook.A4_HEIGHT - ReportLook.FOOTER - ReportLook.CONTENT_TOP;
        Paragraph heading = Paragraph.heading("Every score", WIDTH);
        // Room for the heading but not for the heading, the table's header and its first row.
        Block filler = new Filler(page - heading.height() - 4);
        List<ReportPage> pages = FlowPages.pages(CONTEXT, "Method", List.of(filler, heading, table(3)));
        assertThat(pages).hasSize(2);
        assertThat(placed(pages.get(0))).extracting(FlowPage.Placed::block).containsExactly(filler);
        assertThat(placed(pages.get(1))).extracting(FlowPage.Placed::block).first().isSameAs(heading);
    }

    @Test
    void aLongTableSplitsBetweenRowsAndKeepsEveryRow() throws Exception {
        PdfTable table = table(120);
        List<ReportPage> pages = FlowPages.pages(CONTEXT, "Method", List.of(table));
        assertThat(pages.size()).isGreaterThan(1);
        int rows = 0;
        for (ReportPage p : pages) {
            for (FlowPage.Placed placed : placed(p)) {
                PdfTable part = (PdfTable) placed.block();
                assertThat(placed.y() + part.height() - 8)
                        .isLessThanOrEqualTo(ReportLook.A4_HEIGHT - ReportLook.FOOTER + 0.01);
                rows += part.rowCount();
            }
        }
        assertThat(rows).isEqualTo(120);
    }

    @Test
    void textWiderThanItsColumnWrapsInsideTheCell() throws Exception {
        String longText = "Kuvasto ja tuotevinkit bussiin: hiljainen hetki lisämyynniksi ja paljon muuta sanottavaa";
        PdfTable narrow = PdfTable.of(List.of(new PdfTable.Column("A", 1, false), new PdfTable.Column("B", 4, false)),
                List.of(List.of(PdfTable.Cell.of(longText), PdfTable.Cell.of("x"))), WIDTH);
        PdfTable wide = PdfTable.of(List.of(new PdfTable.Column("A", 4, false), new PdfTable.Column("B", 1, false)),
                List.of(List.of(PdfTable.Cell.of(longText), PdfTable.Cell.of("x"))), WIDTH);
        assertThat(narrow.height()).isGreaterThan(wide.height());
        double column = WIDTH / 5 - 10;
        for (String line : PageCanvas.WRAPPER.wrap(longText, FontFace.REGULAR, ReportLook.TABLE_SIZE, column, 99)) {
            assertThat(PageCanvas.MEASURER.width(line, FontFace.REGULAR, ReportLook.TABLE_SIZE)).isLessThanOrEqualTo(column);
        }
    }
}
