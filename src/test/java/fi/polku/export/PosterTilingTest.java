package fi.polku.export;

import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Poster tiles cover the whole map, overlap by the promised 10 mm, and never fall off their sheet. */
class PosterTilingTest {
    @Test
    void tilesCoverThePictureAndNeighboursOverlap() {
        Seeded.check(200, Picture.edgeCases(), Picture::random, picture -> {
            double width = picture.width();
            double height = picture.height();
            for (PageLayout page : new PageLayout[] {PageLayout.A4, PageLayout.A3}) {
                PosterTiling t = PosterTiling.of(page, width, height);
                assertThat(t.tiles()).hasSize(t.columns() * t.rows());
                double areaW = t.pageWidth() - 2 * t.margin();
                double areaH = t.pageHeight() - 2 * t.margin();
                for (PosterTiling.Tile tile : t.tiles()) {
                    assertThat(tile.w() * t.scale()).isLessThanOrEqualTo(areaW + 0.01);
                    assertThat(tile.h() * t.scale()).isLessThanOrEqualTo(areaH + 0.01);
                }
                PosterTiling.Tile last = t.tiles().getLast();
                assertThat(last.x() + last.w()).isGreaterThanOrEqualTo(width - 0.01);
                assertThat(last.y() + last.h()).isGreaterThanOrEqualTo(height - 0.01);
                if (t.columns() > 1) {
                    PosterTiling.Tile first = t.tiles().get(0);
                    PosterTiling.Tile second = t.tiles().get(1);
                    double overlapPt = (first.x() + first.w() - second.x()) * t.scale();
                    assertThat(overlapPt).isCloseTo(PosterTiling.OVERLAP_MM / 25.4 * 72, within(0.01));
                }
            }
        });
    }

    /** The size in pixels of a map picture to print as a poster. */
    private record Picture(double width, double height) {
        static Picture random(Gen g) {
            return new Picture(g.decimal(200, 9000, 2), g.decimal(200, 6000, 2));
        }

        static List<Picture> edgeCases() {
            return Gen.decimalEdges(200, 9000, 2).stream()
                    .flatMap(w -> Gen.decimalEdges(200, 6000, 2).stream().map(h -> new Picture(w, h))).toList();
        }
    }

    @Test
    void aSmallMapIsEnlargedOntoOneSheetButNotBeyondTwice() {
        PosterTiling t = PosterTiling.of(PageLayout.A3, 300, 200);
        assertThat(t.tiles()).hasSize(1);
        assertThat(t.scale()).isEqualTo(PosterTiling.NATURAL * PosterTiling.MAX_ENLARGEMENT);
    }

    @Test
    void aFittedPageNeverExceedsTheLongestPageReadersAccept() {
        PosterTiling small = PosterTiling.of(PageLayout.FIT, 1000, 600);
        assertThat(small.pageWidth()).isEqualTo(750);
        PosterTiling huge = PosterTiling.of(PageLayout.FIT, 40_000, 5_000);
        assertThat(huge.pageWidth()).isCloseTo(PosterTiling.MAX_PAGE_SIDE, within(0.01));
        assertThat(huge.pageHeight()).isCloseTo(PosterTiling.MAX_PAGE_SIDE / 8, within(0.01));
    }

    @Test
    void anEnormousMapIsRefusedWithAHint() {
        assertThatThrownBy(() -> PosterTiling.of(PageLayout.A4, 200_000, 100_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one page that fits the map")
                .satisfies(e -> assertThat(((ExportProblem) e).text().in(Localization.FINNISH))
                        .startsWith("kartta tarvitsisi").contains("A4-arkkia", "yhdelle karttaan sovitetulle sivulle"));
    }
}
