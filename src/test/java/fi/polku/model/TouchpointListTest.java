package fi.polku.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointListTest {
    private static Touchpoint card(int i) {
        return Touchpoint.create("t" + i, "", "s" + i % 3, "l" + i % 2);
    }

    @Test
    void copyOfKeepsATouchpointListAndCopiesAnythingElse() {
        List<Touchpoint> source = new ArrayList<>(List.of(card(1), card(2)));
        TouchpointList list = TouchpointList.copyOf(source);
        source.set(0, card(3));

        assertThat(list).containsExactly(card(1), card(2)).isEqualTo(List.of(card(1), card(2)))
                .hasSameHashCodeAs(List.of(card(1), card(2)));
        assertThat(List.of(card(1), card(2))).isEqualTo(list);
        assertThat(TouchpointList.copyOf(list)).isSameAs(list);
        assertThat(TouchpointList.copyOf(List.of(card(1), card(3)))).isNotEqualTo(list);
        assertThat(TouchpointList.copyOf(List.of(card(1), card(2)))).isEqualTo(list);
        assertThatThrownBy(() -> TouchpointList.copyOf(Arrays.asList(card(1), null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void cannotBeChanged() {
        TouchpointList list = TouchpointList.copyOf(List.of(card(1), card(2)));
        assertThatThrownBy(() -> list.set(0, card(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add(card(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        list.toArray()[0] = card(3);
        assertThat(list).containsExactly(card(1), card(2));
    }

    @Test
    void splicedRemovesAndInsertsLikeAPlainListAndKeepsEachCardsHashes() {
        Random rnd = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            int n = rnd.nextInt(8);
            List<Touchpoint> source = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                source.add(card(i));
            }
            int[] removed = rnd.ints(0, Math.max(1, n)).limit(n == 0 ? 0 : rnd.nextInt(n + 1)).distinct()
                    .sorted().toArray();
            int insertAt = rnd.nextInt(n + 1);
            List<Touchpoint> inserted = rnd.ints(rnd.nextInt(3), 100, 200).mapToObj(TouchpointListTest::card)
                    .toList();

            List<Touchpoint> expected = new ArrayList<>();
            for (int k = 0; k <= n; k++) {
                if (k == insertAt) {
                    expected.addAll(inserted);
                }
                if (k < n && Arrays.binarySearch(removed, k) < 0) {
                    expected.add(source.get(k));
                }
            }
            TouchpointList out = TouchpointList.copyOf(source).spliced(removed, removed.length, insertAt, inserted);
            assertThat(out).as("%s without %s, %s at %d", source, Arrays.toString(removed), inserted, insertAt)
                    .isEqualTo(expected);
            for (int k = 0; k < out.size(); k++) {
                assertThat(out.idHash(k)).isEqualTo(out.get(k).id().hashCode());
                assertThat(out.cellHash(k)).isEqualTo(TouchpointList.cellHash(out.get(k).stageId(),
                        out.get(k).laneId()));
            }
        }
    }

    @Test
    void splicedRefusesIndicesOutsideTheListOrOutOfOrder() {
        TouchpointList list = TouchpointList.copyOf(List.of(card(1), card(2), card(3)));
        assertThatThrownBy(() -> list.spliced(new int[0], 0, 4, List.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.spliced(new int[] {3}, 1, 0, List.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.spliced(new int[] {2, 1}, 2, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.spliced(new int[0], 0, 0, Arrays.asList(card(4), null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theBuilderGivesTheListCopyOfGivesWithoutCopying() {
        assertThat(new TouchpointList.Builder().build()).isEmpty();
        List<Touchpoint> cards = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            cards.add(Touchpoint.create("t" + i, "card " + i, "s" + i % 3, "l" + i % 4));
        }
        TouchpointList.Builder builder = new TouchpointList.Builder();
        cards.forEach(builder::add);
        TouchpointList built = builder.build();
        TouchpointList copied = TouchpointList.copyOf(cards);
        assertThat(built).isEqualTo(copied).hasSize(37);
        for (int i = 0; i < cards.size(); i++) {
            assertThat(built.get(i)).isSameAs(cards.get(i));
            assertThat(built.idHash(i)).isEqualTo(copied.idHash(i));
            assertThat(built.cellHash(i)).isEqualTo(copied.cellHash(i));
        }
        assertThat(TouchpointList.copyOf(built)).isSameAs(built);
        assertThatThrownBy(() -> builder.add(cards.getFirst())).isInstanceOf(NullPointerException.class);
    }
}
