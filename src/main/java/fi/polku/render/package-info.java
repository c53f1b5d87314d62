/**
 * Drawing a laid-out map. {@link fi.polku.render.MapPainter} paints a {@link fi.polku.layout.MapLayout}
 * onto the one small {@link fi.polku.render.Painter} interface; each output is a backend of it:
 * {@code fx.FxPainter} (the screen), {@code svg.SvgPainter}, and the PDF and PNG exporters.
 *
 * <p>Writing a backend: implement the eleven drawing methods in map pixels (y down, 1 unit = 1 px at
 * 100 %), keep a stack for {@code pushClip}/{@code pushTransform} (they nest and always balance), turn
 * ARGB ints into the target's colour with alpha, and draw text with the bundled Noto Sans face named by
 * {@link fi.polku.layout.FontFace} at the given baseline (no alignment or wrapping: layout has done it
 * with {@link fi.polku.render.FontMetricsTable}, which measures the same font files). Then call
 * {@code new MapPainter(layout).paintAll(painter)}; the export shows exactly what the canvas shows,
 * without selection, hover, drop indicators or pinned headers.
 */
package fi.polku.render;
