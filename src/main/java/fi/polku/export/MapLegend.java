package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.metrics.TargetStatus;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.Theme;
import fi.polku.model.EvidenceLevel;
import fi.polku.render.MarkShapes;
import fi.polku.render.Painter;
import fi.polku.render.PersonaDots;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The key under an exported map, in the map's language: what the status colours and shapes, the evidence
 * marks and the importance stars mean, and whose journey each persona dot marks. It flows onto more rows when the map is narrow.
 */
final class MapLegend {
    private static final double TEXT_SIZE = 11.5;
    private static final double MARK = 14;
    private static final double ITEM_GAP = 14;
    private static final double GROUP_GAP = 28;
    private static final double ROW_HEIGHT = 22;

    private enum Kind { LABEL, STATUS, EVIDENCE, STARS, PERSONA }

    private record Item(Kind kind, String text, TargetStatus status, EvidenceLevel evidence, boolean groupStart,
                        int colour) {
        Item(Kind kind, String text, TargetStatus status, EvidenceLevel evidence, boolean groupStart) {
            this(kind, text, status, evidence, groupStart, 0);
        }
    }

    private record Placed(Item item, double x, double y) {
    }

    private final Theme theme;
    private final TextMeasurer measurer;
    private final List<Placed> placed = new ArrayList<>();
    private final double height;

    /** The key, with {@code personas} (name to dot colour, see {@link PersonaDots#key}) when any card has a dot. */
    MapLegend(Locale language, Theme theme, TextMeasurer measurer, double maxWidth, Map<String, Integer> personas) {
        this.theme = theme;
        this.measurer = measurer;
        List<Item> items = new ArrayList<>();
        items.add(label(Localization.text(language, "legend.status")));
        for (TargetStatus s : List.of(TargetStatus.BELOW, TargetStatus.AT, TargetStatus.ABOVE, TargetStatus.NO_TARGET)) {
            items.add(new Item(Kind.STATUS, Localization.text(language, "legend.status." + s.name()), s, null, false));
        }
        items.add(label(Localization.text(language, "legend.evidence")));
        for (EvidenceLevel e : EvidenceLevel.values()) {
            items.add(new Item(Kind.EVIDENCE, Localization.text(language, "legend.evidence." + e.name()), null, e, false));
        }
        items.add(label(Localization.text(language, "legend.importance")));
        items.add(new Item(Kind.STARS, Localization.text(language, "legend.stars"), null, null, false));
        if (!personas.isEmpty()) {
            items.add(label(Localization.text(language, "legend.personas")));
            personas.forEach((name, colour) -> items.add(new Item(Kind.PERSONA, name, null, null, false, colour)));
        }
        double x = 0;
        double y = 0;
        // A group (its label and its entries) moves to a new row as a whole when it does not fit.
        for (int start = 0; start < items.size(); ) {
            int end = start + 1;
            while (end < items.size() && !items.get(end).groupStart()) {
                end++;
            }
            double groupWidth = 0;
            for (int i = start; i < end; i++) {
                groupWidth += (i == start ? 0 : ITEM_GAP) + width(items.get(i));
            }
            if (x > 0 && x + GROUP_GAP + groupWidth > maxWidth) {
                x = 0;
                y += ROW_HEIGHT;
            }
            for (int i = start; i < end; i++) {
                Item item = items.get(i);
                double w = width(item);
                double gap = x == 0 ? 0 : item.groupStart() ? GROUP_GAP : ITEM_GAP;
                if (x > 0 && x + gap + w > maxWidth) {
                    x = 0;
                    y += ROW_HEIGHT;
                    gap = 0;
                }
                placed.add(new Placed(item, x + gap, y));
                x += gap + w;
            }
            start = end;
        }
        height = y + ROW_HEIGHT;
    }

    double height() {
        return height;
    }

    /** Paints the legend with its top-left corner at (x, y). */
    void paint(Painter p, double x, double y) {
        p.beginGroup("legend", "legend");
        double ascent = measurer.ascent(FontFace.REGULAR, TEXT_SIZE);
        for (Placed pl : placed) {
            Item item = pl.item();
            double left = x + pl.x();
            double mid = y + pl.y() + ROW_HEIGHT / 2;
            double baseline = mid + ascent * 0.36;
            switch (item.kind()) {
                case LABEL -> p.text(item.text(), left, baseline, FontFace.BOLD, TEXT_SIZE, theme.palette().cardText());
                case STATUS -> {
                    MarkShapes.status(p, item.status(), left + MARK / 2, mid, 5.5, theme.statusColour(item.status()));
                    p.text(item.text(), left + MARK + 4, baseline, FontFace.REGULAR, TEXT_SIZE, theme.palette().cardText());
                }
                case EVIDENCE -> {
                    MarkShapes.evidence(p, item.evidence(), left + MARK / 2, mid, theme.palette().evidenceInk());
                    p.text(item.text(), left + MARK + 4, baseline, FontFace.REGULAR, TEXT_SIZE, theme.palette().cardText());
                }
                case STARS -> {
                    double step = 12;
                    for (int i = 0; i < 5; i++) {
                        p.fillPath(PathShape.star(left + step * i + step / 2, mid, step * 0.46),
                                i < 3 ? theme.palette().starFill() : theme.palette().starEmpty());
                    }
                    p.text(item.text(), left + 5 * step + 4, baseline, FontFace.REGULAR, TEXT_SIZE, theme.palette().cardText());
                }
                case PERSONA -> {
                    PersonaDots.paintDot(p, left + MARK / 2, mid, item.colour());
                    p.text(item.text(), left + MARK + 4, baseline, FontFace.REGULAR, TEXT_SIZE, theme.palette().cardText());
                }
            }
        }
        p.endGroup();
    }

    private double width(Item item) {
        FontFace face = item.kind() == Kind.LABEL ? FontFace.BOLD : FontFace.REGULAR;
        double text = measurer.width(item.text(), face, TEXT_SIZE);
        return switch (item.kind()) {
            case LABEL -> text;
            case STATUS, EVIDENCE, PERSONA -> MARK + 4 + text;
            case STARS -> 60 + 4 + text;
        };
    }

    private static Item label(String text) {
        return new Item(Kind.LABEL, text, null, null, true);
    }

}
