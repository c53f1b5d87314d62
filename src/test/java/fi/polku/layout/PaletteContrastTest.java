package fi.polku.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every text colour of every palette meets WCAG 2.x AA (4.5:1) on what it is drawn on, the translucent
 * pills under a card's figures included. If a palette fails, the palette is fixed, not the threshold.
 */
class PaletteContrastTest {
    static final double AA = 4.5;

    record Text(String name, ToIntFunction<Palette> ink, ToIntFunction<Palette> ground) {
    }

    static List<Text> texts() {
        return List.of(
                new Text("card title", Palette::cardText, Palette::cardFill),
                new Text("card small print", Palette::mutedText, Palette::cardFill),
                new Text("evidence letter", Palette::evidenceInk, Palette::cardFill),
                new Text("connection label", Palette::mutedText, Palette::background),
                new Text("stage name", Palette::stageHeaderText, Palette::stageHeaderFill),
                new Text("lane name", Palette::laneHeaderText, Palette::laneHeaderFill),
                new Text("lane channel", Palette::laneHeaderSubText, Palette::laneHeaderFill),
                new Text("emotion scale", Palette::mutedText, Palette::laneHeaderFill),
                new Text("map title", Palette::laneHeaderText, Palette::cardFill),
                new Text("vote count", Palette::voteInk, Palette::voteFill),
                // The value pill: the title ink at 0x14 over the card (CardPainter.value).
                new Text("value pill", Palette::cardText, p -> ColourScience.over(Palette.withAlpha(p.cardText(), 0x14),
                        p.cardFill())),
                // A key-score badge: its status colour at 0x24 over the card (CardPainter.badge).
                new Text("badge below target", Palette::cardText, p -> badge(p, p.statusBelow())),
                new Text("badge at target", Palette::cardText, p -> badge(p, p.statusAt())),
                new Text("badge above target", Palette::cardText, p -> badge(p, p.statusAbove())),
                new Text("badge no target", Palette::cardText, p -> badge(p, p.statusNone())));
    }

    private static int badge(Palette p, int status) {
        return ColourScience.over(Palette.withAlpha(status, 0x24), p.cardFill());
    }

    @Test
    void everyTextMeetsWcagAaInEveryPalette() {
        List<String> failing = new ArrayList<>();
        PaletteColourVisionTest.PALETTES.forEach((name, palette) -> {
            for (Text t : texts()) {
                double ratio = ColourScience.contrast(t.ink().applyAsInt(palette), t.ground().applyAsInt(palette));
                if (ratio < AA) {
                    failing.add(String.format("%s: %s %.2f:1", name, t.name(), ratio));
                }
            }
        });
        assertThat(failing).isEmpty();
    }

    @Test
    void theHighContrastPaletteGoesWellBeyondAaForItsMainText() {
        // AAA (7:1) for the text a room reads from afar: that is what the palette is for.
        Palette p = Palette.highContrast();
        assertThat(ColourScience.contrast(p.cardText(), p.cardFill())).isGreaterThanOrEqualTo(7);
        assertThat(ColourScience.contrast(p.stageHeaderText(), p.stageHeaderFill())).isGreaterThanOrEqualTo(7);
        assertThat(ColourScience.contrast(p.laneHeaderText(), p.laneHeaderFill())).isGreaterThanOrEqualTo(7);
        assertThat(ColourScience.contrast(p.mutedText(), p.cardFill())).isGreaterThanOrEqualTo(7);
    }
}
