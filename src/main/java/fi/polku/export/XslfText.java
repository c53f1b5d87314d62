package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.render.FontMetricsTable;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The text of {@link XslfPainter}: lines drawn inside the shape filled just before them become that shape's
 * own text (a card's title, a header's name), so PowerPoint moves and edits them with it; other lines become
 * text boxes, the lines of one wrapped block joined in one box. Each line is placed at the painter's
 * baseline: exact line spacing in points, with the descent below the baseline as PowerPoint and Impress put it.
 */
final class XslfText {
    private static final FontMetricsTable METRICS = FontMetricsTable.shared();
    /** Points kept free at the right of a line in a shape, for a viewer's slightly wider text. */
    private static final double SLACK = 2.5;

    /** One line as the painter drew it, in slide points. */
    private record Line(String text, double x, double baseline, FontFace face, double size, Color colour) {
        double width() {
            return METRICS.width(text, face, size);
        }

        double descent() {
            return METRICS.descent(face, size);
        }

        boolean sameStyle(Line o) {
            return face == o.face && size == o.size && colour.equals(o.colour);
        }
    }

    private final Supplier<XSLFShapeContainer> container;
    private final List<Line> pending = new ArrayList<>();
    private XSLFAutoShape host;
    private Rect hostBounds;
    private Line hostLast;
    private XSLFTextParagraph hostParagraph;
    private double hostSpacing;
    private double hostLeft;
    private double hostFree;

    XslfText(Supplier<XSLFShapeContainer> container) {
        this.container = container;
    }

    XSLFAutoShape host() {
        return host;
    }

    Rect hostBounds() {
        return hostBounds;
    }

    /** The shape that text drawn inside it next belongs to; null when none may take text. */
    void host(XSLFAutoShape shape, Rect bounds) {
        host = shape;
        hostBounds = bounds;
        hostLast = null;
        hostParagraph = null;
    }

    void add(String text, double x, double baseline, FontFace face, double size, Color colour) {
        Line line = new Line(text, x, baseline, face, size, colour);
        if (host != null && inside(line) && (hostLast == null || below(line))) {
            flush();
            addToHost(line);
            return;
        }
        if (!pending.isEmpty()) {
            Line last = pending.getLast();
            double step = baseline - last.baseline();
            boolean sameBlock = Math.abs(x - last.x()) < 0.5 && line.sameStyle(last) && step > 0 && step < 2.2 * size
                    && (pending.size() < 2 || Math.abs(step - (last.baseline() - pending.get(pending.size() - 2)
                    .baseline())) < 0.5);
            if (!sameBlock) {
                flush();
            }
        }
        pending.add(line);
    }

    /**
     * A further line of the host's text: under the last one and on the same left edge. A line elsewhere in
     * the shape (the next cell of a table row) is a text box of its own, so that each stays where it was drawn.
     */
    private boolean below(Line line) {
        return line.baseline() > hostLast.baseline() && Math.abs(line.x() - hostLeft) < 0.5;
    }

    private boolean inside(Line line) {
        double top = line.baseline() - METRICS.ascent(line.face(), line.size());
        return line.x() >= hostBounds.x() - 0.5 && line.x() + line.width() <= hostBounds.maxX() + 1
                && top >= hostBounds.y() - 1 && line.baseline() <= hostBounds.maxY() + 1;
    }

    private void addToHost(Line line) {
        if (hostLast == null) {
            double spacing = METRICS.lineHeight(line.face(), line.size());
            host.clearText();
            double top = line.baseline() - (spacing - line.descent()) - hostBounds.y();
            double left = line.x() - hostBounds.x();
            hostLeft = line.x();
            hostFree = Double.MAX_VALUE;
            host.setInsets(new Insets2D(Math.max(0, top), left, 0, left));
            host.setVerticalAlignment(VerticalAlignment.TOP);
            hostParagraph = paragraph(host, line, spacing, 0);
            hostSpacing = spacing;
        } else {
            double step = line.baseline() - hostLast.baseline();
            if (line.sameStyle(hostLast) && Math.abs(line.x() - hostLast.x()) < 0.5
                    && Math.abs(step - hostSpacing) < 0.5) {
                hostParagraph.addLineBreak();
                run(hostParagraph, line);
            } else {
                // The spacing that puts this baseline where the painter drew it, below the last one.
                double spacing = Math.max(line.size(), step + line.descent() - hostLast.descent());
                double indent = Math.max(0, line.x() - hostBounds.x() - host.getLeftInset());
                hostParagraph = paragraph(host, line, spacing, indent);
                hostSpacing = step;
            }
        }
        fit(line);
        hostLast = line;
    }

    /**
     * The right padding mirrors the left one, less where a line comes close, so that no line the layout
     * wrapped wraps again in a viewer whose metrics differ a little. Where there is no such slack (a value
     * pill) the text does not wrap at all; elsewhere an edited title wraps inside the card.
     */
    private void fit(Line line) {
        hostFree = Math.min(hostFree, hostBounds.maxX() - line.x() - line.width());
        Insets2D in = host.getInsets();
        host.setInsets(new Insets2D(in.top, in.left, in.bottom, Math.max(0, Math.min(in.left, hostFree - SLACK))));
        host.setWordWrap(hostFree >= SLACK);
        if (hostFree < SLACK && hostParagraph == host.getTextParagraphs().getFirst()) {
            // A pill's one line: centred on the pill's height, where a viewer's own line metrics cannot
            // push it onto the border.
            host.setVerticalAlignment(VerticalAlignment.MIDDLE);
            host.setInsets(new Insets2D(0, host.getInsets().left, 0, 0));
        }
    }

    private static XSLFTextParagraph paragraph(XSLFTextShape shape, Line line, double spacing, double indent) {
        XSLFTextParagraph p = shape.addNewTextParagraph();
        p.setTextAlign(TextAlign.LEFT);
        p.setLineSpacing(-spacing);
        p.setSpaceBefore(0d);
        p.setSpaceAfter(0d);
        p.setIndent(0d);
        p.setLeftMargin(indent);
        run(p, line);
        return p;
    }

    private static void run(XSLFTextParagraph p, Line line) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(line.text());
        r.setFontFamily(XslfPainter.FONT);
        r.setFontSize(Math.max(1, Math.round(line.size() * 100) / 100.0));
        r.setFontColor(line.colour());
        r.setBold(line.face().bold());
        r.setItalic(line.face().italic());
    }

    /** Writes the waiting block of lines as one text box. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Line first = pending.getFirst();
        double spacing = pending.size() > 1 ? pending.get(1).baseline() - first.baseline()
                : METRICS.lineHeight(first.face(), first.size());
        double top = first.baseline() - (spacing - first.descent());
        double width = pending.stream().mapToDouble(Line::width).max().orElse(0);
        var box = container.get().createTextBox();
        box.clearText();
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        // A little wider than measured, so that a viewer whose metrics differ slightly never wraps a line.
        box.setAnchor(new Rectangle2D.Double(first.x(), top, width * 1.04 + 2, spacing * pending.size()));
        XSLFTextParagraph p = null;
        for (Line line : pending) {
            if (p == null) {
                p = paragraph(box, line, spacing, 0);
            } else {
                p.addLineBreak();
                run(p, line);
            }
        }
        pending.clear();
    }
}
