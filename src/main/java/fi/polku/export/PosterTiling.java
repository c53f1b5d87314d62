package fi.polku.export;

import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * How a picture is spread over sheets of paper. Fitted ({@link #onOnePage}, the default): one sheet, the
 * picture scaled to fill it inside the margins (at most {@link #MAX_ENLARGEMENT}× larger). As a poster
 * ({@link #of}): one sheet when it fits (at most {@link #MAX_REDUCTION}× smaller than natural size), else
 * tiles at natural size that overlap by {@link #OVERLAP_MM} so the sheets can be trimmed and glued into a
 * poster. All sizes in PDF points.
 *
 * @param scale points per picture pixel
 */
public record PosterTiling(double pageWidth, double pageHeight, double margin, double scale, int columns, int rows,
                           List<Tile> tiles) {
    /** White border around the printable area, also where crop and registration marks go. */
    public static final double MARGIN_MM = 12;
    /** How much neighbouring tiles repeat of each other. */
    public static final double OVERLAP_MM = 10;
    /** A small map is enlarged to fill one sheet, but not beyond this (text would look oversized). */
    public static final double MAX_ENLARGEMENT = 2;
    /**
     * A map at most this much larger than its sheet is shrunk onto one sheet instead of tiled: card text
     * is then still about 6.5 points, readable on a handout.
     */
    public static final double MAX_REDUCTION = 0.7;
    /** Natural size: a map pixel is a CSS pixel, 1/96 inch = 0.75 points. */
    public static final double NATURAL = 0.75;
    /** Acrobat and most printers refuse pages longer than 200 inches; a huge map is scaled down to fit. */
    public static final double MAX_PAGE_SIDE = 14_400;
    /** More sheets than this are refused; nobody glues such a poster. */
    public static final int MAX_PAGES = 400;

    /** One sheet: the part of the picture (in picture pixels) it shows, and its place in the grid. */
    public record Tile(int column, int row, double x, double y, double w, double h) {
    }

    public PosterTiling {
        tiles = List.copyOf(tiles);
    }

    /** The sheets for {@code tiles} (a poster) or else one fitted sheet. */
    public static PosterTiling of(PageLayout page, double pictureWidth, double pictureHeight, boolean tiles) {
        return tiles ? of(page, pictureWidth, pictureHeight) : onOnePage(page, pictureWidth, pictureHeight);
    }

    /** One sheet whatever the size of the map: scaled down (or up to 2×) to fit inside the margins. */
    public static PosterTiling onOnePage(PageLayout page, double pictureWidth, double pictureHeight) {
        if (page == PageLayout.FIT) {
            return of(page, pictureWidth, pictureHeight);
        }
        double margin = mm(MARGIN_MM);
        double fit = Math.min((page.widthPt() - 2 * margin) / pictureWidth,
                (page.heightPt() - 2 * margin) / pictureHeight);
        return new PosterTiling(page.widthPt(), page.heightPt(), margin, Math.min(fit, NATURAL * MAX_ENLARGEMENT), 1,
                1, List.of(new Tile(0, 0, 0, 0, pictureWidth, pictureHeight)));
    }

    /** A poster: one sheet when the map fits closely enough, else tiles at natural size. */
    public static PosterTiling of(PageLayout page, double pictureWidth, double pictureHeight) {
        if (page == PageLayout.FIT) {
            double scale = Math.min(NATURAL, MAX_PAGE_SIDE / Math.max(pictureWidth, pictureHeight));
            return new PosterTiling(pictureWidth * scale, pictureHeight * scale, 0, scale, 1, 1,
                    List.of(new Tile(0, 0, 0, 0, pictureWidth, pictureHeight)));
        }
        double pw = page.widthPt();
        double ph = page.heightPt();
        double margin = mm(MARGIN_MM);
        double areaW = pw - 2 * margin;
        double areaH = ph - 2 * margin;
        double fit = Math.min(areaW / pictureWidth, areaH / pictureHeight);
        if (fit >= NATURAL * MAX_REDUCTION) {
            double scale = Math.min(fit, NATURAL * MAX_ENLARGEMENT);
            return new PosterTiling(pw, ph, margin, scale, 1, 1,
                    List.of(new Tile(0, 0, 0, 0, pictureWidth, pictureHeight)));
        }
        double overlap = mm(OVERLAP_MM) / NATURAL;
        double tileW = areaW / NATURAL;
        double tileH = areaH / NATURAL;
        int columns = count(pictureWidth, tileW, overlap);
        int rows = count(pictureHeight, tileH, overlap);
        if ((long) columns * rows > MAX_PAGES) {
            throw new ExportProblem(Text.of("exportProblem.tooManySheets", columns * rows, page.name(), MAX_PAGES));
        }
        List<Tile> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                tiles.add(new Tile(c, r, c * (tileW - overlap), r * (tileH - overlap), tileW, tileH));
            }
        }
        return new PosterTiling(pw, ph, margin, NATURAL, columns, rows, tiles);
    }

    public boolean poster() {
        return tiles.size() > 1;
    }

    private static int count(double length, double tile, double overlap) {
        return length <= tile ? 1 : (int) Math.ceil((length - overlap) / (tile - overlap));
    }

    static double mm(double millimetres) {
        return millimetres / 25.4 * 72;
    }
}
