package fi.polku.export.report;

import fi.polku.export.ExportCancelled;
import fi.polku.export.ExportProgress;
import fi.polku.export.PdfExporter;
import fi.polku.export.PdfFonts;
import fi.polku.export.PdfPainter;
import fi.polku.io.AtomicFileWriter;
import fi.polku.model.JourneyMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a map's client report as one PDF in the map's language: a cover, the table of contents, then the
 * sections of {@link ReportSections}, with page numbers, a bookmark per section, selectable text in the
 * embedded Noto Sans, and the document's title and language set. Interrupting the thread cancels it.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes the report atomically: a failure or a cancel leaves no half-written file. */
    public static void write(JourneyMap map, ReportOptions options, Path target, ExportProgress progress)
            throws IOException {
        AtomicFileWriter.write(target, out -> write(map, options, out, progress), false);
    }

    public static void write(JourneyMap map, ReportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        ReportContext context = ReportContext.of(map, options);
        ExportCancelled.check();
        write(context, ReportSections.make(context), out, progress);
    }

    /** Writes a cover, the contents and {@code body}; tests give it sections of their own. */
    static void write(ReportContext context, List<ReportSection> body, OutputStream out, ExportProgress progress)
            throws IOException {
        JourneyMap map = context.map();
        ContentsPage contents = new ContentsPage(context);
        List<ReportSection> sections = sections(context, contents, body);
        int page = 1;
        List<Integer> starts = new ArrayList<>();
        for (ReportSection s : sections) {
            starts.add(page);
            page += s.pages().size();
        }
        int total = page - 1;
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            int done = 0;
            for (ReportSection s : sections) {
                for (ReportPage p : s.pages()) {
                    ExportCancelled.check();
                    // Saving counts as one more page.
                    progress.done((double) done / (total + 1));
                    paint(doc, fonts, context, p, ++done, total);
                }
            }
            outline(doc, sections, starts);
            links(doc, contents, starts.get(1) - 1);
            PdfExporter.describe(doc, map, context.text().language());
            doc.getDocumentInformation().setTitle(context.text().get("report.pdf.title", context.title()));
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            ExportCancelled.check();
            progress.done((double) total / (total + 1));
            doc.save(out);
            progress.done(1);
        }
    }

    /**
     * The cover, the contents and {@code body}, in order, with each listed section entered in the contents at
     * the number of its first page (or slide).
     */
    static List<ReportSection> sections(ReportContext context, ContentsPage contents, List<ReportSection> body) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(CoverPage.section(context));
        sections.add(new ReportSection(contents.name(), List.of(contents), false));
        sections.addAll(body);
        int page = 1;
        for (ReportSection s : sections) {
            if (s.listed()) {
                contents.add(s.title(), page);
            }
            page += s.pages().size();
        }
        return sections;
    }

    private static void paint(PDDocument doc, PdfFonts fonts, ReportContext context, ReportPage page, int number,
                              int total) throws IOException {
        PDPage pdf = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
        doc.addPage(pdf);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdf)) {
            PdfPainter painter = new PdfPainter(cs, fonts, page.height(), 1);
            page.paint(new PageCanvas(painter, context, page.width(), page.height(), number, total));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One bookmark per section, opening its first page; the viewer shows them when it opens the file. */
    private static void outline(PDDocument doc, List<ReportSection> sections, List<Integer> starts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < sections.size(); i++) {
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            PDPage page = doc.getPage(starts.get(i) - 1);
            dest.setPage(page);
            dest.setTop((int) page.getMediaBox().getHeight());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(sections.get(i).title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Makes each line of the table of contents a link to its section's first page. */
    private static void links(PDDocument doc, ContentsPage contents, int contentsIndex) throws IOException {
        PDPage page = doc.getPage(contentsIndex);
        float h = page.getMediaBox().getHeight();
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations = new ArrayList<>();
        for (ContentsPage.Link l : contents.links()) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle((float) l.x(), (float) (h - l.y() - l.h()), (float) l.w(),
                    (float) l.h()));
            link.setBorderStyle(noBorder);
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            PDPage target = doc.getPage(l.pageIndex());
            dest.setPage(target);
            dest.setTop((int) target.getMediaBox().getHeight());
            link.setDestination(dest);
            annotations.add(link);
        }
        page.setAnnotations(annotations);
    }
}
