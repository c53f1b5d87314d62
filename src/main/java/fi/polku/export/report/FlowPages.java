package fi.polku.export.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Flows a section's blocks onto the text pages of the report's sheet (A4 portrait in the PDF), top to bottom: a block that does not fit is split where
 * it allows (between table rows, between lines) and a heading never stays alone at the foot of a page.
 */
final class FlowPages {
    private FlowPages() {
    }

    /** A section of text pages: its title on the first, then {@code blocks}. */
    static ReportSection section(ReportContext context, String title, List<Block> blocks) {
        List<Block> all = new ArrayList<>();
        all.add(new SectionTitle(title, context.sheet().contentWidth(), context.accent()));
        all.addAll(blocks);
        return new ReportSection(title, pages(context, title, all), true);
    }

    static List<ReportPage> pages(ReportContext context, String section, List<Block> blocks) {
        double top = ReportLook.CONTENT_TOP;
        double bottom = context.sheet().contentBottom();
        List<ReportPage> pages = new ArrayList<>();
        List<FlowPage.Placed> placed = new ArrayList<>();
        double y = top;
        List<Block> queue = new ArrayList<>(blocks);
        while (!queue.isEmpty()) {
            Block b = queue.removeFirst();
            double room = bottom - y;
            double needed = b.keepWithNext() && !queue.isEmpty() ? b.height() + queue.getFirst().firstPartHeight()
                    : b.height();
            Block[] parts = needed <= room || placed.isEmpty() && b.keepWithNext() ? new Block[] {b, null}
                    : b.keepWithNext() ? new Block[] {null, b} : b.split(room);
            if (parts[0] == null && placed.isEmpty()) {
                // Taller than a whole page and unsplittable: it stands on a page of its own.
                parts = new Block[] {b, null};
            }
            if (parts[0] != null) {
                placed.add(new FlowPage.Placed(parts[0], y));
                y += parts[0].height();
            }
            if (parts[1] != null) {
                queue.addFirst(parts[1]);
                pages.add(new FlowPage(context.sheet(), section, placed));
                placed = new ArrayList<>();
                y = top;
            }
        }
        if (!placed.isEmpty() || pages.isEmpty()) {
            pages.add(new FlowPage(context.sheet(), section, placed));
        }
        return pages;
    }
}
