package fi.polku.render.svg;

/** How an SVG export writes its words. */
public enum SvgText {
    /** Real, editable {@code <text>} with the used part of Noto Sans embedded, so it looks the same everywhere. */
    FONT,
    /** Each text as a filled outline path, for tools that ignore embedded fonts; no longer editable as text. */
    PATHS
}
