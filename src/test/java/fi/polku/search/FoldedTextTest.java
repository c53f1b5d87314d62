package fi.polku.search;

import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding ignores case and accents the way a Finnish facilitator expects when typing a query. */
class FoldedTextTest {
    /** Letters a map is written in, accented ones both composed and decomposed, spaces and marks among them. */
    private static final String CHARS = Gen.chars('A', 'z', " äöåÄÖÅéÉüÜñçÇßİıǅΣσςὈ가각ệỆﬁǄ\u0301\u0308\u00A0\t-.,0123456789€–");

    /** The plain way: the whole text lowered, decomposed at once and its marks removed. */
    private static String wholeTextFold(String text) {
        return Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[\\p{Mn}\\p{Mc}\\p{Me}]", "");
    }

    @Test
    void foldsCaseAndAccents() {
        assertThat(FoldedText.fold("Kassajono")).isEqualTo("kassajono");
        assertThat(FoldedText.fold("Lainapäätös")).isEqualTo("lainapaatos");
        assertThat(FoldedText.fold("ÅBO-MYYMÄLÄ")).isEqualTo("abo-myymala");
        assertThat(FoldedText.fold("Crème brûlée")).isEqualTo("creme brulee");
        // Decomposed input (as some macOS file names and pastes arrive) folds the same as composed.
        assertThat(FoldedText.fold("La\u0308hto\u0308")).isEqualTo("lahto");
        assertThat(FoldedText.fold("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void splitsAQueryIntoFoldedWords() {
        assertThat(FoldedText.words("  Kassa\tJONO\u00A0päätös ")).containsExactly("kassa", "jono", "paatos");
        assertThat(FoldedText.words(" \t ")).isEmpty();
        assertThat(FoldedText.words("")).isEmpty();
    }

    @Test
    void foldingIsIdempotentLowerCaseAndBlindToTheUnicodeForm() {
        Seeded.check(Seeded.DEFAULT_TRIES, List.of("", " ", "Ä", "A\u0308", "ß", "İ", "ǅ"),
                g -> g.string(0, 40, CHARS), text -> {
                    String folded = FoldedText.fold(text);
                    assertThat(FoldedText.fold(folded)).isEqualTo(folded);
                    assertThat(FoldedText.fold(text.toLowerCase(java.util.Locale.ROOT))).isEqualTo(folded);
                    assertThat(folded).isEqualTo(folded.toLowerCase(java.util.Locale.ROOT));
                    assertThat(FoldedText.fold(Normalizer.normalize(text, Normalizer.Form.NFC)))
                            .isEqualTo(FoldedText.fold(Normalizer.normalize(text, Normalizer.Form.NFD)));
                    assertThat(folded.chars().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK))
                            .isTrue();
                    assertThat(folded).isEqualTo(wholeTextFold(text));
                });
    }
}
