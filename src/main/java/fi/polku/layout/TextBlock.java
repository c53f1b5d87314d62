package fi.polku.layout;

import java.util.List;

/**
 * Lines of text placed by the layout: the left x, the first baseline and the line spacing, so that every
 * painter draws them at exactly the same place.
 */
public record TextBlock(List<String> lines, double x, double firstBaseline, double lineHeight, FontFace face,
                        double size, int colour) {
    public TextBlock {
        lines = List.copyOf(lines);
    }

    public double baseline(int line) {
        return firstBaseline + line * lineHeight;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
