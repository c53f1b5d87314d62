package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Logo;
import fi.polku.render.BrandColours;
import fi.polku.render.CompareMarks;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.LogoImage;
import fi.polku.render.MapPainter;
import fi.polku.render.Overlay;
import fi.polku.render.Painter;
import fi.polku.render.Picture;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A map as it is exported: an optional header (title, persona, date; with the brand, the logo on the right
 * and a rule in the accent colour below), the laid-out map exactly as the
 * canvas draws it without the editing overlay, and an optional legend, all painted through one
 * {@link Painter} so PNG, PDF and SVG show the same picture; when comparing, a line saying what is compared
 * and the compare marks over the map, as the canvas shows them. Sizes are in map pixels.
 */
public final class ExportPicture implements Picture {
    static final double MARGIN = 24;
    private static final double TITLE_SIZE = 22;
    private static final double SUBTITLE_SIZE = 13;
    private static final double GAP = 16;
    /** The brand's logo in the header: at most this tall and wide, and at least this tall beside one line. */
    private static final double LOGO_MAX_H = 56;
    private static final double LOGO_MIN_H = 32;
    private static final double LOGO_MAX_W = 200;
    private static final double RULE = 3;

    private final MapLayout layout;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final boolean transparent;
    private final List<String> titleLines;
    private final String subtitle;
    private final MapLegend legend;
    private final fi.polku.render.PersonaDots personaDots;
    private final Logo logo;
    private final Rect logoBox;
    private final int accent;
    private final double ruleY;
    private final ExportComparison compare;
    private final Locale language;
    private final List<String> compareLines;
    private final double compareY;
    private final double mapTop;
    private final double width;
    private final double height;

    private ExportPicture(JourneyMap map, ExportOptions options) {
        this.measurer = FontMetricsTable.shared();
        Locale language = Localization.ofTag(map.language());
        this.language = language;
        this.compare = options.compare();
        this.transparent = options.transparent();
        Theme standard = Theme.standard();
        this.theme = transparent ? standard.withPalette(standard.palette().withBackground(0x00000000)) : standard;
        JourneyMap shown = MapFilter.apply(map, options.scope(), options.hiddenLaneIds());
        if (options.header() != null && !options.header().title().isBlank()) {
            // The header already carries the title in full; the corner box would repeat it cut short.
            shown = shown.withTitle("");
        }
        this.layout = MapLayouter.layout(shown, theme, measurer);
        this.personaDots = fi.polku.render.PersonaDots.of(shown);
        double mapW = layout.bounds().w();
        this.width = mapW + 2 * MARGIN;
        double y = MARGIN;
        HeaderText header = options.header();
        boolean brand = options.brand() && !map.brand().isEmpty();
        Logo shownLogo = brand && map.brand().logo() != null && LogoImage.of(map.brand().logo()).usable()
                ? map.brand().logo() : null;
        LogoImage logoImage = shownLogo == null ? null : LogoImage.of(shownLogo);
        double logoW = logoImage == null ? 0
                : logoImage.fit(0, 0, Math.min(LOGO_MAX_W, mapW / 3), LOGO_MAX_H, 0).w();
        double textW = logoW > 0 ? mapW - logoW - GAP : mapW;
        List<String> lines = new ArrayList<>();
        String sub = "";
        double textH = 0;
        if (header != null) {
            lines = new TextWrapper(measurer).wrap(header.title(), FontFace.BOLD, TITLE_SIZE, textW, 2);
            sub = subtitle(header, language);
            textH += lines.size() * measurer.lineHeight(FontFace.BOLD, TITLE_SIZE);
            if (!sub.isEmpty()) {
                sub = new TextWrapper(measurer).truncate(sub, FontFace.REGULAR, SUBTITLE_SIZE, textW);
                textH += measurer.lineHeight(FontFace.REGULAR, SUBTITLE_SIZE) + 2;
            }
        }
        double rowH = textH;
        if (logoImage != null) {
            double logoH = Math.max(LOGO_MIN_H, Math.min(LOGO_MAX_H, textH));
            rowH = Math.max(textH, logoH);
            this.logoBox = logoImage.fit(MARGIN + mapW - logoW, y + (rowH - logoH) / 2, logoW, logoH, 1);
        } else {
            this.logoBox = null;
        }
        this.logo = shownLogo;
        y += rowH;
        if (brand) {
            y += rowH > 0 ? GAP / 2 : 0;
            this.ruleY = y;
            y += RULE;
        } else {
            this.ruleY = -1;
        }
        this.accent = BrandColours.accent(map.brand());
        if (rowH > 0 || brand) {
            y += GAP;
        }
        this.titleLines = lines;
        this.subtitle = sub;
        // What is compared, and what its marks mean, above the map so no reader takes the marks for the map's own.
        this.compareY = y;
        this.compareLines = compare == null ? List.of() : new TextWrapper(measurer).wrap(
                // The rounds' label is "A → B"; the exports' font has no arrow, so it reads "A – B" here.
                Localization.format(language, "export.compare.caption", compare.label().replace(" → ", " – ")),
                FontFace.REGULAR,
                SUBTITLE_SIZE, mapW, 2);
        if (!compareLines.isEmpty()) {
            y += compareLines.size() * measurer.lineHeight(FontFace.REGULAR, SUBTITLE_SIZE) + GAP / 2;
        }
        this.mapTop = y;
        y += layout.bounds().h();
        this.legend = options.legend() ? new MapLegend(language, theme, measurer, mapW,
                fi.polku.render.PersonaDots.key(shown)) : null;
        if (legend != null) {
            y += GAP / 2 + legend.height();
        }
        this.height = y + MARGIN;
    }

    /** Lays out the part of {@code map} the options select, with their header and legend. */
    public static ExportPicture of(JourneyMap map, ExportOptions options) {
        return new ExportPicture(map, options);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** The map's own layout inside the picture (whose top-left corner is at {@link #mapOrigin()}). */
    public MapLayout layout() {
        return layout;
    }

    /** Where the map's (0, 0) lies in the picture: x, y. */
    public double[] mapOrigin() {
        return new double[] {MARGIN, mapTop};
    }

    @Override
    public void paint(Painter p) {
        paint(p, new Rect(0, 0, width, height));
    }

    /**
     * Paints the picture, skipping map detail outside {@code visible} (picture coordinates), so that each
     * tile of a poster holds only what it shows.
     */
    public void paint(Painter p, Rect visible) {
        if (!transparent) {
            p.fillRect(0, 0, width, height, theme.palette().background());
        }
        double y = MARGIN;
        if (!titleLines.isEmpty() || !subtitle.isEmpty()) {
            p.beginGroup("export-header", "header");
            double line = measurer.lineHeight(FontFace.BOLD, TITLE_SIZE);
            double ascent = measurer.ascent(FontFace.BOLD, TITLE_SIZE);
            for (String t : titleLines) {
                p.text(t, MARGIN, y + ascent, FontFace.BOLD, TITLE_SIZE, theme.palette().cardText());
                y += line;
            }
            if (!subtitle.isEmpty()) {
                p.text(subtitle, MARGIN, y + 2 + measurer.ascent(FontFace.REGULAR, SUBTITLE_SIZE), FontFace.REGULAR,
                        SUBTITLE_SIZE, theme.palette().mutedText());
            }
            p.endGroup();
        }
        if (logo != null || ruleY >= 0) {
            p.beginGroup("export-brand", "brand");
            if (logo != null) {
                p.logo(logo, logoBox.x(), logoBox.y(), logoBox.w(), logoBox.h());
            }
            if (ruleY >= 0) {
                p.fillRect(MARGIN, ruleY, layout.bounds().w(), RULE, accent);
            }
            p.endGroup();
        }
        if (!compareLines.isEmpty()) {
            p.beginGroup("export-compare", "compare");
            double line = measurer.lineHeight(FontFace.REGULAR, SUBTITLE_SIZE);
            double cy = compareY + measurer.ascent(FontFace.REGULAR, SUBTITLE_SIZE);
            for (String t : compareLines) {
                p.text(t, MARGIN, cy, FontFace.REGULAR, SUBTITLE_SIZE, theme.palette().cardText());
                cy += line;
            }
            p.endGroup();
        }
        p.pushTransform(MARGIN, mapTop, 1);
        p.pushClip(0, 0, layout.bounds().w(), layout.bounds().h());
        Rect mapVisible = new Rect(visible.x() - MARGIN, visible.y() - mapTop, visible.w(), visible.h());
        new MapPainter(layout).paint(p, mapVisible, 1, Overlay.NONE);
        personaDots.paint(p, layout, mapVisible);
        if (compare != null) {
            CompareMarks.paint(p, layout, compare.comparison(), mapVisible, language);
        }
        p.popClip();
        p.popTransform();
        if (legend != null) {
            legend.paint(p, MARGIN, mapTop + layout.bounds().h() + GAP / 2);
        }
    }

    private static String subtitle(HeaderText header, Locale language) {
        List<String> parts = new ArrayList<>();
        if (!header.persona().isBlank()) {
            parts.add(Localization.format(language, "header.persona", header.persona()));
        }
        if (header.date() != null) {
            parts.add(Formats.date(language, header.date()));
        }
        return String.join("  ·  ", parts);
    }
}
