package fi.polku.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrozenListTest {
    @Test
    void copyOfKeepsAFrozenListAndCopiesAnythingElse() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        List<String> frozen = FrozenList.copyOf(source);
        source.set(0, "changed");

        assertThat(frozen).containsExactly("a", "b").isEqualTo(List.of("a", "b"))
                .hasSameHashCodeAs(List.of("a", "b"));
        assertThat(List.of("a", "b")).isEqualTo(frozen);
        assertThat(FrozenList.copyOf(frozen)).isSameAs(frozen);
        assertThat(FrozenList.copyOf(List.of("a", "c"))).isNotEqualTo(frozen);
        assertThatThrownBy(() -> FrozenList.copyOf(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cannotBeChanged() {
        List<String> frozen = FrozenList.copyOf(List.of("a", "b"));
        assertThatThrownBy(() -> frozen.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        frozen.toArray()[0] = "x";
        assertThat(frozen).containsExactly("a", "b");
    }

    @Test
    void splicedRemovesAndInsertsLikeAPlainList() {
        Random rnd = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            int n = rnd.nextInt(8);
            List<Integer> source = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                source.add(i);
            }
            int[] removed = rnd.ints(0, Math.max(1, n)).limit(n == 0 ? 0 : rnd.nextInt(n + 1)).distinct().sorted()
                    .toArray();
            int insertAt = rnd.nextInt(n + 1);
            List<Integer> inserted = rnd.ints(rnd.nextInt(3), 100, 200).boxed().toList();

            List<Integer> expected = new ArrayList<>();
            for (int k = 0; k <= n; k++) {
                if (k == insertAt) {
                    expected.addAll(inserted);
                }
                if (k < n && Arrays.binarySearch(removed, k) < 0) {
                    expected.add(source.get(k));
                }
            }
            List<Integer> from = rnd.nextBoolean() ? FrozenList.copyOf(source) : source;
            assertThat(FrozenList.spliced(from, removed, removed.length, insertAt, inserted))
                    .as("%s without %s, %s at %d", source, Arrays.toString(removed), inserted, insertAt)
                    .isEqualTo(expected);
        }
    }

    @Test
    void splicedRefusesIndicesOutsideTheListOrOutOfOrder() {
        List<String> frozen = FrozenList.copyOf(List.of("a", "b", "c"));
        assertThatThrownBy(() -> FrozenList.spliced(frozen, new int[0], 0, 4, List.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> FrozenList.spliced(frozen, new int[] {3}, 1, 0, List.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> FrozenList.spliced(frozen, new int[] {2, 1}, 2, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrozenList.spliced(Arrays.asList("a", null), new int[0], 0, 0, List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
