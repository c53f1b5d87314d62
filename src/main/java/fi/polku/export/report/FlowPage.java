package fi.polku.export.report;

import java.util.List;

/** A text page (A4 portrait in the PDF) of flowed blocks under the running header. */
final class FlowPage implements ReportPage {
    /** A block and the y of its top edge. */
    record Placed(Block block, double y) {
    }

    private final ReportSheet sheet;
    private final String section;
    private final List<Placed> placed;

    FlowPage(ReportSheet sheet, String section, List<Placed> placed) {
        this.sheet = sheet;
        this.section = section;
        this.placed = List.copyOf(placed);
    }

    @Override
    public double width() {
        return sheet.textWidth();
    }

    @Override
    public double height() {
        return sheet.textHeight();
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(section);
        for (Placed p : placed) {
            p.block().paint(canvas.painter(), ReportLook.MARGIN, p.y());
        }
    }
}
