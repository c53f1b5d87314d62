package fi.polku.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared strings must read exactly as new ones would, whatever the table holds. */
class RepeatedTextsTest {

    @Test
    void theSameCharactersGiveTheSameInstanceWhereverTheyAre() {
        RepeatedTexts texts = new RepeatedTexts();
        String first = texts.of("xxs1yy".toCharArray(), 2, 2);
        assertThat(first).isEqualTo("s1");
        assertThat(texts.of("s1".toCharArray(), 0, 2)).isSameAs(first);
        assertThat(texts.of("s10".toCharArray(), 0, 3)).isEqualTo("s10").isNotSameAs(first);
        assertThat(texts.of(new char[0], 0, 0)).isEmpty();
        assertThat(texts.of("äö€".toCharArray(), 0, 3)).isEqualTo("äö€");
    }

    @Test
    void manyTextsAndCollidingHashesStayDistinct() {
        RepeatedTexts texts = new RepeatedTexts();
        // "Aa" and "BB" have the same String hash, as do all their concatenations.
        List<String> words = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            words.add(Integer.toString(random.nextInt(30_000), 36) + (random.nextBoolean() ? "é" : ""));
        }
        words.add("x".repeat(48));
        words.add("y".repeat(49));
        List<String> shared = new ArrayList<>();
        for (String w : words) {
            String s = texts.of(w.toCharArray(), 0, w.length());
            assertThat(s).isEqualTo(w);
            shared.add(s);
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            assertThat(texts.of(w.toCharArray(), 0, w.length())).isEqualTo(w);
        }
        // The first few hundred distinct texts are surely in the table: the second reading is the same string.
        for (int i = 0; i < 300; i++) {
            String w = words.get(i);
            assertThat(texts.of(w.toCharArray(), 0, w.length())).isSameAs(shared.get(words.indexOf(w)));
        }
    }
}
