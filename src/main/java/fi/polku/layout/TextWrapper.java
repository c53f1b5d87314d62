package fi.polku.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines on word boundaries within a width, at most a given number of lines; when the
 * text does not fit, the last line ends with an ellipsis so that nothing is silently cut mid-word.
 */
public final class TextWrapper {
    public static final String ELLIPSIS = "…";

    private final TextMeasurer measurer;

    public TextWrapper(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The wrapped lines; never wider than {@code maxWidth} and never more than {@code maxLines}. */
    public List<String> wrap(String text, FontFace face, double size, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = collapseWhitespace(text == null ? "" : text);
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int end = fittingPrefix(rest, face, size, maxWidth);
            String line = rest.substring(0, end).stripTrailing();
            rest = rest.substring(end).stripLeading();
            if (lines.size() == maxLines - 1 && !rest.isEmpty()) {
                line = truncate(line + " " + rest, face, size, maxWidth);
                rest = "";
            }
            lines.add(line);
        }
        return lines;
    }

    /** {@code text} cut to fit {@code maxWidth}, ending with an ellipsis when anything was cut. */
    public String truncate(String text, FontFace face, double size, double maxWidth) {
        if (measurer.width(text, face, size) <= maxWidth) {
            return text;
        }
        double room = maxWidth - measurer.width(ELLIPSIS, face, size);
        int end = charsFitting(text, face, size, room);
        int space = text.lastIndexOf(' ', end);
        // Cut after the last whole word; only a first word wider than the line is cut inside.
        if (space > 0) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Trims and turns every run of whitespace (line breaks included) into one space. */
    static String collapseWhitespace(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Length of the longest prefix that fits, ending at a word boundary when one exists. */
    private int fittingPrefix(String text, FontFace face, double size, double maxWidth) {
        if (measurer.width(text, face, size) <= maxWidth) {
            return text.length();
        }
        int fit = charsFitting(text, face, size, maxWidth);
        int space = text.lastIndexOf(' ', fit);
        if (space > 0) {
            return space + 1;
        }
        // One word longer than the line: break it by characters (at least one, to make progress).
        return Math.max(1, fit);
    }

    private int charsFitting(String text, FontFace face, double size, double maxWidth) {
        double w = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            w += measurer.advance(cp, face, size);
            if (w > maxWidth) {
                break;
            }
            i += n;
        }
        return i;
    }
}
