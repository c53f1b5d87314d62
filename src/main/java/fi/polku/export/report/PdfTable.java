package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple table for the report: a header row, then rows whose cells wrap their text inside the column so
 * that nothing runs over a cell's edge. It splits between rows across pages and repeats its header on each.
 */
final class PdfTable implements Block {
    private static final double PAD_X = 5;
    private static final double PAD_Y = 4;
    private static final double HEADER_SIZE = 8.2;
    private static final double SUB_SIZE = 7.6;

    /** A column: its heading, its share of the table's width, and whether its numbers align right. */
    record Column(String heading, double weight, boolean numeric) {
    }

    /**
     * One cell: its text (line breaks allowed) in a face and colour, and an optional smaller muted line under
     * it (a touchpoint's stage, an estimate's sources).
     */
    record Cell(String text, FontFace face, int ink, String sub) {
        Cell {
            text = text == null ? "" : text;
            sub = sub == null ? "" : sub;
        }

        static Cell of(String text) {
            return new Cell(text, FontFace.REGULAR, ReportLook.INK, "");
        }

        static Cell of(String text, String sub) {
            return new Cell(text, FontFace.REGULAR, ReportLook.INK, sub);
        }

        static Cell bold(String text) {
            return new Cell(text, FontFace.BOLD, ReportLook.INK, "");
        }

        static Cell caution(String text) {
            return new Cell(text, FontFace.BOLD, ReportLook.CAUTION, "");
        }
    }

    /** A row laid out: per cell its main lines and its sub lines, and its height. */
    private record Laid(List<Cell> cells, List<List<String>> main, List<List<String>> sub, double height,
                        int index) {
    }

    private final List<Column> columns;
    private final double[] widths;
    private final Laid header;
    private final List<Laid> rows;

    private PdfTable(List<Column> columns, double[] widths, Laid header, List<Laid> rows) {
        this.columns = columns;
        this.widths = widths;
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    /** Lays the rows out for a table {@code width} points wide. */
    static PdfTable of(List<Column> columns, List<List<Cell>> rows, double width) {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        double[] widths = new double[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * columns.get(i).weight() / total;
        }
        List<Cell> heads = columns.stream()
                .map(c -> new Cell(c.heading(), FontFace.BOLD, ReportLook.INK, "")).toList();
        Laid header = lay(heads, widths, HEADER_SIZE, -1);
        List<Laid> laid = new ArrayList<>();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
            laid.add(lay(row, widths, ReportLook.TABLE_SIZE, laid.size()));
        }
        return new PdfTable(List.copyOf(columns), widths, header, laid);
    }

    private static Laid lay(List<Cell> cells, double[] widths, double size, int index) {
        List<List<String>> main = new ArrayList<>();
        List<List<String>> sub = new ArrayList<>();
        double height = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            double room = widths[i] - 2 * PAD_X;
            List<String> m = wrap(c.text(), c.face(), size, room);
            List<String> s = wrap(c.sub(), FontFace.REGULAR, SUB_SIZE, room);
            main.add(m);
            sub.add(s);
            height = Math.max(height, m.size() * line(c.face(), size) + s.size() * line(FontFace.REGULAR, SUB_SIZE));
        }
        return new Laid(List.copyOf(cells), main, sub, height + 2 * PAD_Y, index);
    }

    private static List<String> wrap(String text, FontFace face, double size, double width) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        for (String part : text.split("\n")) {
            lines.addAll(PageCanvas.WRAPPER.wrap(part, face, size, width, Integer.MAX_VALUE));
        }
        return lines;
    }

    private static double line(FontFace face, double size) {
        return PageCanvas.MEASURER.lineHeight(face, size) * 1.1;
    }

    int rowCount() {
        return rows.size();
    }

    @Override
    public double height() {
        return header.height() + rows.stream().mapToDouble(Laid::height).sum() + 8;
    }

    @Override
    public double firstPartHeight() {
        return header.height() + (rows.isEmpty() ? 0 : rows.getFirst().height());
    }

    @Override
    public Block[] split(double room) {
        double used = header.height();
        int fit = 0;
        while (fit < rows.size() && used + rows.get(fit).height() <= room) {
            used += rows.get(fit).height();
            fit++;
        }
        if (fit == 0) {
            return new Block[] {null, this};
        }
        return new Block[] {new PdfTable(columns, widths, header, rows.subList(0, fit)),
                new PdfTable(columns, widths, header, rows.subList(fit, rows.size()))};
    }

    @Override
    public void paint(Painter p, double x, double y) {
        double width = 0;
        for (double w : widths) {
            width += w;
        }
        p.fillRect(x, y, width, header.height(), ReportLook.HEADER_FILL);
        paintRow(p, header, x, y, HEADER_SIZE);
        double top = y + header.height();
        for (Laid row : rows) {
            if (row.index() % 2 == 1) {
                p.fillRect(x, top, width, row.height(), ReportLook.ZEBRA);
            }
            paintRow(p, row, x, top, ReportLook.TABLE_SIZE);
            top += row.height();
            p.line(x, top, x + width, top, ReportLook.RULE, 0.4);
        }
        p.line(x, y + header.height(), x + width, y + header.height(), ReportLook.MUTED, 0.8);
    }

    private void paintRow(Painter p, Laid row, double x, double y, double size) {
        double cx = x;
        for (int i = 0; i < widths.length; i++) {
            Cell c = row.cells().get(i);
            boolean right = columns.get(i).numeric();
            double baseline = y + PAD_Y + PageCanvas.MEASURER.ascent(c.face(), size);
            for (String l : row.main().get(i)) {
                p.text(l, place(l, c.face(), size, cx, widths[i], right), baseline, c.face(), size, c.ink());
                baseline += line(c.face(), size);
            }
            baseline += PageCanvas.MEASURER.ascent(FontFace.REGULAR, SUB_SIZE)
                    - PageCanvas.MEASURER.ascent(c.face(), size);
            for (String l : row.sub().get(i)) {
                p.text(l, place(l, FontFace.REGULAR, SUB_SIZE, cx, widths[i], right), baseline, FontFace.REGULAR,
                        SUB_SIZE, ReportLook.MUTED);
                baseline += line(FontFace.REGULAR, SUB_SIZE);
            }
            cx += widths[i];
        }
    }

    private static double place(String text, FontFace face, double size, double x, double width, boolean right) {
        return right ? x + width - PAD_X - PageCanvas.MEASURER.width(text, face, size) : x + PAD_X;
    }
}
