package fi.polku.export.report;

import java.util.List;

/** An A4 portrait page of flowed blocks under the running header. */
final class FlowPage implements ReportPage {
    /** A block and the y of its top edge. */
    record Placed(Block block, double y) {
    }

    private final String section;
    private final List<Placed> placed;

    FlowPage(String section, List<Placed> placed) {
        this.section = section;
        this.placed = List.copyOf(placed);
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(section);
        for (Placed p : placed) {
            p.block().paint(canvas.painter(), ReportLook.MARGIN, p.y());
        }
    }
}
