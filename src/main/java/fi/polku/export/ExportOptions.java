package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgText;
import fi.polku.text.Text;

import java.util.Set;

/**
 * What a picture export contains and how it is sized. Exports never draw selection, hover or handles.
 *
 * @param hiddenLaneIds lanes left out of the picture
 * @param header        the heading above the map, or null for none
 * @param legend        draw the key of status colours and shapes, evidence marks and importance stars
 * @param page          PDF paging; for PNG with a {@code dpi}, the sheet the picture is sized for
 * @param scale         PNG pixels per map pixel, 1–4 (ignored when {@code dpi} is set)
 * @param dpi           PNG resolution for printing, or null to use {@code scale}
 * @param transparent   leave the PNG/SVG background transparent instead of the map's background colour
 * @param svgText       SVG only: real text with the font embedded, or text as outline paths
 * @param tiles         PDF on A4/A3: a map larger than a sheet becomes a poster of tiles at natural size;
 *                      false (the default) fits it on one sheet
 * @param brand         show the map's brand in the header: its logo on the right and a rule in its accent
 * @param compare       the compare view drawn over the map, as the canvas shows it, or null for none
 */
public record ExportOptions(ExportScope scope, Set<String> hiddenLaneIds, HeaderText header, boolean legend,
                            PageLayout page, double scale, Integer dpi, boolean transparent, SvgText svgText,
                            boolean tiles, boolean brand, ExportComparison compare) {
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;

    public ExportOptions {
        scope = scope == null ? ExportScope.WHOLE_MAP : scope;
        hiddenLaneIds = hiddenLaneIds == null ? Set.of() : Set.copyOf(hiddenLaneIds);
        page = page == null ? PageLayout.FIT : page;
        svgText = svgText == null ? SvgText.FONT : svgText;
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new ExportProblem(Text.of("exportProblem.scale", scale, MIN_SCALE, MAX_SCALE));
        }
        if (dpi != null && (dpi < MIN_DPI || dpi > MAX_DPI)) {
            throw new ExportProblem(Text.of("exportProblem.dpi", dpi, MIN_DPI, MAX_DPI));
        }
    }

    /** Options with SVG text written as text with the font embedded, and an A4/A3 PDF fitted on one sheet. */
    public ExportOptions(ExportScope scope, Set<String> hiddenLaneIds, HeaderText header, boolean legend,
                         PageLayout page, double scale, Integer dpi, boolean transparent) {
        this(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, SvgText.FONT, false, false, null);
    }

    /** Options without the brand, as before brands existed. */
    public ExportOptions(ExportScope scope, Set<String> hiddenLaneIds, HeaderText header, boolean legend,
                         PageLayout page, double scale, Integer dpi, boolean transparent, SvgText svgText,
                         boolean tiles) {
        this(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, tiles, false, null);
    }

    /** Options without a compare view. */
    public ExportOptions(ExportScope scope, Set<String> hiddenLaneIds, HeaderText header, boolean legend,
                         PageLayout page, double scale, Integer dpi, boolean transparent, SvgText svgText,
                         boolean tiles, boolean brand) {
        this(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, tiles, brand, null);
    }

    /** The whole map with its own header and a legend, one page, 1×, opaque. */
    public static ExportOptions defaults(JourneyMap map) {
        return new ExportOptions(ExportScope.WHOLE_MAP, Set.of(), HeaderText.of(map), true, PageLayout.FIT, 1, null,
                false);
    }

    public ExportOptions withScope(ExportScope v) {
        return new ExportOptions(v, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withHiddenLanes(Set<String> v) {
        return new ExportOptions(scope, v, header, legend, page, scale, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withHeader(HeaderText v) {
        return new ExportOptions(scope, hiddenLaneIds, v, legend, page, scale, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withLegend(boolean v) {
        return new ExportOptions(scope, hiddenLaneIds, header, v, page, scale, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withPage(PageLayout v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, v, scale, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withScale(double v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, v, dpi, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withDpi(Integer v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, v, transparent, svgText, tiles, brand, compare);
    }

    public ExportOptions withTransparent(boolean v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, dpi, v, svgText, tiles, brand, compare);
    }

    public ExportOptions withSvgText(SvgText v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, v, tiles, brand, compare);
    }

    public ExportOptions withTiles(boolean v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, v, brand, compare);
    }

    public ExportOptions withBrand(boolean v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, tiles, v, compare);
    }

    public ExportOptions withCompare(ExportComparison v) {
        return new ExportOptions(scope, hiddenLaneIds, header, legend, page, scale, dpi, transparent, svgText, tiles, brand, v);
    }
}
