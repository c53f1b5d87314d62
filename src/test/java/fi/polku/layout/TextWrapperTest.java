package fi.polku.layout;

import fi.polku.render.FontMetricsTable;
import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapperTest {
    private final FontMetricsTable fm = FontMetricsTable.shared();
    private final TextWrapper wrapper = new TextWrapper(fm);

    @Test
    void breaksOnWordBoundariesAndKeepsEveryWord() {
        String title = "Laskutusvirheen selvitys iltapuhelulla ratkaistu ensimmäisellä yhteydenotolla";
        List<String> lines = wrapper.wrap(title, FontFace.BOLD, 12.5, 150, 10);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(title);
        for (String line : lines) {
            assertThat(fm.width(line, FontFace.BOLD, 12.5)).isLessThanOrEqualTo(150);
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void aTitleTooLongForTheLinesEndsWithAnEllipsisAfterAWholeWord() {
        String title = "Tuotetietojen etsiminen verkkosivuilta ennen myymälään lähtemistä ja hintavertailu";
        List<String> lines = wrapper.wrap(title, FontFace.BOLD, 12.5, 150, 2);
        assertThat(lines).hasSize(2);
        String last = lines.get(1);
        assertThat(last).endsWith(TextWrapper.ELLIPSIS);
        String kept = last.substring(0, last.length() - 1);
        assertThat(title).contains(lines.get(0) + " " + kept + " ");
        assertThat(fm.width(last, FontFace.BOLD, 12.5)).isLessThanOrEqualTo(150);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenRatherThanOverflowing() {
        List<String> lines = wrapper.wrap("Asiakaskokemuksenkehittämisprojektinohjausryhmänkokous", FontFace.REGULAR,
                14, 80, 5);
        assertThat(lines).hasSizeGreaterThan(1);
        lines.forEach(l -> assertThat(fm.width(l, FontFace.REGULAR, 14)).isLessThanOrEqualTo(80));
    }

    @Test
    void linesNeverExceedTheWidthOrTheLineCount() {
        Seeded.check(200, Title.edgeCases(), Title::random, title -> {
            List<String> lines = wrapper.wrap(title.text(), FontFace.BOLD, 12.5, 160, title.maxLines());
            assertThat(lines.size()).isLessThanOrEqualTo(title.maxLines());
            for (String line : lines) {
                assertThat(fm.width(line, FontFace.BOLD, 12.5)).isLessThanOrEqualTo(160 + 1e-9);
            }
        });
    }

    /** Any text of up to 400 chars, to wrap onto at most maxLines lines. */
    private record Title(String text, int maxLines) {
        static Title random(Gen g) {
            return new Title(g.string(0, 400, Gen.ANY_CHARS), g.intBetween(1, 5));
        }

        static List<Title> edgeCases() {
            return Gen.stringEdges(0, 400, Gen.ANY_CHARS).stream()
                    .flatMap(text -> Gen.integerEdges(1, 5).stream().map(n -> new Title(text, n))).toList();
        }
    }
}
