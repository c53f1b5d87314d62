package fi.polku.layout;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.layout.ColourScience.Deficiency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every pair of palette colours whose difference carries meaning stays apart for people with protanopia,
 * deuteranopia and tritanopia (and normal vision), in every palette: simulated with the Machado 2009
 * matrices, measured in CIEDE2000. If a palette fails, the palette is fixed, not the threshold.
 */
class PaletteColourVisionTest {
    /**
     * The status colours against each other. A status also has its own mark shape (▼ ● ▲), so colour is
     * never the only cue; 10 is still a difference seen at a glance across a room.
     */
    static final double STATUS_APART = 10;
    /** A mark or a line against what it is drawn on: it must stand out, not merely differ. */
    static final double STANDS_OUT = 20;

    static final Map<String, Palette> PALETTES = Map.of(
            "light", Palette.light(), "dark", Palette.dark(), "high contrast", Palette.highContrast());

    record Pair(String name, ToIntFunction<Palette> a, ToIntFunction<Palette> b, double least) {
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        Map<String, ToIntFunction<Palette>> statuses = Map.of(
                "below target", Palette::statusBelow, "at target", Palette::statusAt,
                "above target", Palette::statusAbove, "no target", Palette::statusNone);
        List<String> names = List.copyOf(new java.util.TreeSet<>(statuses.keySet()));
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                pairs.add(new Pair(names.get(i) + " / " + names.get(j), statuses.get(names.get(i)),
                        statuses.get(names.get(j)), STATUS_APART));
            }
            if (!names.get(i).equals("no target")) {
                pairs.add(new Pair(names.get(i) + " / card", statuses.get(names.get(i)), Palette::cardFill, STANDS_OUT));
                pairs.add(new Pair(names.get(i) + " / map", statuses.get(names.get(i)), Palette::background, STANDS_OUT));
            }
        }
        pairs.add(new Pair("selection / card", Palette::selection, Palette::cardFill, STANDS_OUT));
        pairs.add(new Pair("selection / map", Palette::selection, Palette::background, STANDS_OUT));
        pairs.add(new Pair("selection / card border", Palette::selection, Palette::cardBorder, STATUS_APART));
        pairs.add(new Pair("focus / map", Palette::focus, Palette::background, STANDS_OUT));
        pairs.add(new Pair("emotion curve / map", Palette::emotionCurve, Palette::background, STANDS_OUT));
        pairs.add(new Pair("emotion curve / zero line", Palette::emotionCurve, Palette::emotionZero, STATUS_APART));
        pairs.add(new Pair("connection / map", Palette::connection, Palette::background, STATUS_APART));
        pairs.add(new Pair("find ring / map", Palette::findRing, Palette::background, STANDS_OUT));
        pairs.add(new Pair("find ring / selection", Palette::findRing, Palette::selection, STANDS_OUT));
        pairs.add(new Pair("vote badge / card", Palette::voteFill, Palette::cardFill, STANDS_OUT));
        pairs.add(new Pair("picked / card", Palette::picked, Palette::cardFill, STANDS_OUT));
        pairs.add(new Pair("picked / selection", Palette::picked, Palette::selection, STATUS_APART));
        pairs.add(new Pair("filled star / empty star", Palette::starFill, Palette::starEmpty, STANDS_OUT));
        pairs.add(new Pair("card border / map", Palette::cardBorder, Palette::background, STATUS_APART));
        return pairs;
    }

    @Test
    void meaningfulPairsStayApartForEveryKindOfColourVision() {
        List<String> tooClose = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        PALETTES.forEach((paletteName, palette) -> {
            for (Pair pair : pairs()) {
                for (Deficiency d : Deficiency.values()) {
                    double de = ColourScience.difference(pair.a().applyAsInt(palette), pair.b().applyAsInt(palette), d);
                    table.append(String.format("%-14s %-30s %-13s %6.1f%n", paletteName, pair.name(), d, de));
                    if (de < pair.least()) {
                        tooClose.add(String.format("%s: %s with %s: ΔE00 %.1f < %.1f", paletteName, pair.name(),
                                d, de, pair.least()));
                    }
                }
            }
        });
        if (Boolean.getBoolean("polku.printPalettes")) {
            System.out.println(table);
        }
        assertThat(tooClose).isEmpty();
    }
}
