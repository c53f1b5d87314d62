package fi.polku.layout;

/**
 * A stage (column) or lane (row) header.
 *
 * @param subtitle a second, smaller text such as a lane's channel type, may be empty
 * @param icon     a short glyph-free tag for the lane kind or channel (e.g. "WEB"), may be empty
 * @param iconBox  where a channel lane's icon goes, left of its name (which is set clear of it), or null
 */
public record HeaderBox(String id, int index, Rect bounds, TextBlock title, TextBlock subtitle, String icon,
                        Rect iconBox) {
}
