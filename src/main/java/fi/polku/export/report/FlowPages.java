package fi.polku.export.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Flows a section's blocks onto A4 portrait pages, top to bottom: a block that does not fit is split where
 * it allows (between table rows, between lines) and a heading never stays alone at the foot of a page.
 */
final class FlowPages {
    private FlowPages() {
    }

    /** The content width of a text page. */
    static double contentWidth() {
        return ReportLook.A4_WIDTH - 2 * ReportLook.MARGIN;
    }

    /** A section of text pages: its title on the first, then {@code blocks}. */
    static ReportSection section(ReportContext context, String title, List<Block> blocks) {
        List<Block> all = new ArrayList<>();
        all.add(new SectionTitle(title, contentWidth(), context.accent()));
        all.addAll(blocks);
        return new ReportSection(title, pages(title, all), true);
    }

    static List<ReportPage> pages(String section, List<Block> blocks) {
        double top = ReportLook.CONTENT_TOP;
        double bottom = ReportLook.A4_HEIGHT - ReportLook.FOOTER;
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
                pages.add(new FlowPage(section, placed));
                placed = new ArrayList<>();
                y = top;
            }
        }
        if (!placed.isEmpty() || pages.isEmpty()) {
            pages.add(new FlowPage(section, placed));
        }
        return pages;
    }
}
