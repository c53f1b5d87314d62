package fi.polku.layout;

import fi.polku.render.FontMetricsTable;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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

    @Property(tries = 200)
    void linesNeverExceedTheWidthOrTheLineCount(@ForAll @StringLength(max = 400) String text,
                                                @ForAll @IntRange(min = 1, max = 5) int maxLines) {
        List<String> lines = wrapper.wrap(text, FontFace.BOLD, 12.5, 160, maxLines);
        assertThat(lines.size()).isLessThanOrEqualTo(maxLines);
        for (String line : lines) {
            assertThat(fm.width(line, FontFace.BOLD, 12.5)).isLessThanOrEqualTo(160 + 1e-9);
        }
    }
}
