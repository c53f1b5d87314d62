package fi.polku.export.report;

import fi.polku.export.ExportCancelled;
import fi.polku.export.ExportProgress;
import fi.polku.export.XslfPainter;
import fi.polku.io.AtomicFileWriter;
import fi.polku.model.JourneyMap;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlide;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a map's client report as a PowerPoint deck (16:9) in the map's language: the same story as the PDF
 * report, a slide for each of its pages laid out on {@link ReportSheet#SLIDE}. The map is native shapes a
 * consultant can edit, the charts are pictures, and the slide master carries the brand. Interrupting the
 * thread cancels it.
 */
public final class DeckWriter {
    /** A 16:9 slide in points (13.33 × 7.5 inches), PowerPoint's widescreen size. */
    static final int SLIDE_WIDTH = 960;
    static final int SLIDE_HEIGHT = 540;

    private DeckWriter() {
    }

    /** Writes the deck atomically: a failure or a cancel leaves no half-written file. */
    public static void write(JourneyMap map, ReportOptions options, Path target, ExportProgress progress)
            throws IOException {
        AtomicFileWriter.write(target, out -> write(map, options, out, progress), false);
    }

    public static void write(JourneyMap map, ReportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        ReportContext context = ReportContext.of(map, options, ReportSheet.SLIDE);
        ExportCancelled.check();
        ContentsPage contents = new ContentsPage(context);
        List<ReportSection> sections = ReportWriter.sections(context, contents, ReportSections.make(context));
        int total = sections.stream().mapToInt(s -> s.pages().size()).sum();
        double scale = SLIDE_WIDTH / ReportSheet.SLIDE.textWidth();
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension(SLIDE_WIDTH, SLIDE_HEIGHT));
            SlideMaster.brand(show, context, scale);
            XSLFSlideLayout blank = show.getSlideMasters().getFirst().getLayout(SlideLayout.BLANK);
            int done = 0;
            for (ReportSection s : sections) {
                for (ReportPage page : s.pages()) {
                    ExportCancelled.check();
                    // Saving counts as one more slide.
                    progress.done((double) done / (total + 1));
                    XSLFSlide slide = show.createSlide(blank);
                    if (page instanceof CoverPage) {
                        // The cover has its own band and a large logo: the master's would double them.
                        ((CTSlide) slide.getXmlObject()).setShowMasterSp(false);
                    }
                    paint(slide, show, context, page, ++done, total, scale);
                }
            }
            var properties = show.getProperties().getCoreProperties();
            properties.setTitle(context.text().get("report.pdf.title", context.title()));
            properties.setCreator(context.text().get("report.deck.creator"));
            ExportCancelled.check();
            progress.done((double) total / (total + 1));
            show.write(out);
            progress.done(1);
        }
    }

    private static void paint(XSLFSlide slide, XMLSlideShow show, ReportContext context, ReportPage page,
                              int number, int total, double scale) throws IOException {
        try {
            XslfPainter painter = new XslfPainter(show, slide);
            painter.pushTransform(0, 0, scale);
            page.paint(new PageCanvas(painter, context, page.width(), page.height(), number, total));
            painter.popTransform();
            painter.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
