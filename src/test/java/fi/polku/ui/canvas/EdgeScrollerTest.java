package fi.polku.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeScrollerTest {
    @Test
    void scrollsOnlyNearAnEdgeAndFasterCloserToIt() {
        assertThat(EdgeScroller.speed(400, 800)).isZero();
        assertThat(EdgeScroller.speed(790, 800)).isPositive();
        assertThat(EdgeScroller.speed(799, 800)).isGreaterThan(EdgeScroller.speed(780, 800));
        assertThat(EdgeScroller.speed(5, 800)).isNegative();
        assertThat(EdgeScroller.speed(-500, 800)).isEqualTo(EdgeScroller.speed(-5000, 800));
        assertThat(EdgeScroller.speed(10, 40)).as("a tiny view never scrolls by itself").isZero();
    }
}
