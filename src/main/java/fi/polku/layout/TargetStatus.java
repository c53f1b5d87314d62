package fi.polku.layout;

/**
 * Where a score stands against its target. Each status has a colour from the colour-blind-safe
 * Okabe–Ito palette and a shape, so that it is never told by colour alone.
 */
public enum TargetStatus {
    BELOW("below target", '▼'), AT("at target", '●'), ABOVE("above target", '▲'), NO_TARGET("no target", '○');

    private final String label;
    private final char symbol;

    TargetStatus(String label, char symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** Words for tooltips and screen readers, e.g. "below target". */
    public String label() {
        return label;
    }

    /** The shape as a character, for text-only outputs (tooltips, tables). */
    public char symbol() {
        return symbol;
    }
}
