package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.EmotionCurve;
import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.SampleMaps;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MapPainterTest {
    /** Records the card groups and texts painted, and checks that pushes and pops balance. */
    private static final class RecordingPainter implements Painter {
        final List<String> groups = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Double> sizes = new ArrayList<>();
        final List<Rect> roundRects = new ArrayList<>();
        int depth;

        final List<Integer> rectInks = new ArrayList<>();
        int filledPaths;

        @Override public void fillRect(double x, double y, double w, double h, int argb) {
            rectInks.add(argb);
        }
        @Override public void strokeRect(double x, double y, double w, double h, int argb, double lw) { }
        @Override public void fillRoundRect(double x, double y, double w, double h, double r, int argb) {
            roundRects.add(new Rect(x, y, w, h));
        }
        @Override public void strokeRoundRect(double x, double y, double w, double h, double r, int argb, double lw) { }
        @Override public void line(double x1, double y1, double x2, double y2, int argb, double lw) { }
        @Override public void fillPath(PathShape path, int argb) {
            filledPaths++;
        }
        final List<PathShape> strokedPaths = new ArrayList<>();

        @Override public void strokePath(PathShape path, int argb, double lw) {
            strokedPaths.add(path);
        }

        @Override
        public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
            texts.add(text);
            sizes.add(size);
        }

        @Override public void pushClip(double x, double y, double w, double h) { depth++; }
        @Override public void popClip() { depth--; }
        @Override public void pushTransform(double tx, double ty, double s) { depth++; }
        @Override public void popTransform() { depth--; }

        @Override
        public void beginGroup(String id, String cssClass) {
            depth++;
            if ("card".equals(cssClass)) {
                groups.add(id.substring("tp-".length()));
            }
        }

        @Override public void endGroup() { depth--; }
    }

    @Test
    void farZoomLeavesOutArrowheadsAndPaintsCurveAndLinesAsBarsButAnExportStrokesThem() {
        MapLayout l = MapLayouter.layout(MapGenerator.generate(2_000, 8, 10, 12), Theme.standard(),
                FontMetricsTable.shared());
        assertThat(l.connections()).isNotEmpty();
        int curveInk = Theme.standard().palette().emotionCurve();
        int barInk = (int) Math.round(((curveInk >>> 24) & 0xFF) * 2.5 * 0.14) << 24 | (curveInk & 0xFFFFFF);

        RecordingPainter far = new RecordingPainter();
        new MapPainter(l).paint(far, l.bounds(), 0.14, Overlay.NONE);
        assertThat(far.filledPaths).as("arrowheads about a pixel long").isZero();
        assertThat(far.rectInks).contains(barInk);
        assertThat(far.strokedPaths).as("sub-pixel lines are filled as runs").isEmpty();
        assertThat(far.rectInks).contains(Theme.standard().palette().connection());

        RecordingPainter export = new RecordingPainter();
        new MapPainter(l).paintAll(export);
        assertThat(export.filledPaths).isGreaterThanOrEqualTo(l.connections().size());
        assertThat(export.rectInks).doesNotContain(barInk);
        assertThat(export.strokedPaths.size()).isGreaterThan(l.connections().size() + l.emotionCurves().size());
    }

    @Test
    void onlyCardsInTheVisibleRectangleArePainted() {
        MapLayout l = MapLayouter.layout(SampleMaps.large(40, 10, 20_000), Theme.standard(),
                FontMetricsTable.shared());
        Rect view = new Rect(5000, 1500, 1280, 800);
        RecordingPainter p = new RecordingPainter();
        new MapPainter(l).paint(p, view, 1, Overlay.NONE);
        List<String> expected = l.cards().stream().filter(c -> c.bounds().intersects(view))
                .map(CardBox::touchpointId).toList();
        assertThat(expected).isNotEmpty();
        assertThat(p.groups).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.depth).isZero();
    }

    @Test
    void farZoomLeavesOutUnreadableTextButKeepsEveryVisibleCard() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        RecordingPainter near = new RecordingPainter();
        new MapPainter(l).paint(near, l.bounds(), 1, Overlay.NONE);
        RecordingPainter far = new RecordingPainter();
        new MapPainter(l).paint(far, l.bounds(), 0.2, Overlay.NONE);
        assertThat(near.texts).contains("Kassajono");
        assertThat(far.texts).isEmpty();
        // Far away each card is one block (filled a colour at a time, without a group per card).
        assertThat(far.roundRects).containsAll(l.cards().stream().map(CardBox::bounds).toList());
        assertThat(near.groups).hasSize(l.cards().size());
    }

    @Test
    void anEmotionCurveCutByTheViewIsNotJoinedAcrossTheHiddenPiece() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        EmotionCurve curve = l.emotionCurves().getFirst();
        List<CubicSegment> all = curve.segments();
        // A view whose top edge runs below a piece that its neighbours cross, as when scrolled into the lane.
        CubicSegment hidden = all.stream().filter(s -> all.indexOf(s) > 0 && all.indexOf(s) < all.size() - 1)
                .filter(s -> all.get(all.indexOf(s) - 1).bounds().maxY() > s.bounds().maxY() + 1
                        && all.get(all.indexOf(s) + 1).bounds().maxY() > s.bounds().maxY() + 1)
                .findFirst().orElseThrow();
        Rect plot = curve.plot();
        Rect view = new Rect(plot.x(), hidden.bounds().maxY() + 0.5, plot.w(), plot.maxY() - hidden.bounds().maxY());
        RecordingPainter p = new RecordingPainter();
        new MapPainter(l).paint(p, view, 1, Overlay.NONE);

        PathShape drawn = p.strokedPaths.stream()
                .filter(path -> path.segments().stream().anyMatch(seg -> seg instanceof PathShape.CubicTo))
                .findFirst().orElseThrow();
        double x = Double.NaN;
        double y = Double.NaN;
        int pieces = 0;
        for (PathShape.Segment seg : drawn.segments()) {
            if (seg instanceof PathShape.MoveTo m) {
                x = m.x();
                y = m.y();
            } else if (seg instanceof PathShape.CubicTo c) {
                double fromX = x;
                double fromY = y;
                // Every piece drawn is a real piece of the curve, starting where that piece starts.
                assertThat(all).anyMatch(s -> s.x0() == fromX && s.y0() == fromY && s.x1() == c.x() && s.y1() == c.y());
                x = c.x();
                y = c.y();
                pieces++;
            }
        }
        assertThat(pieces).isGreaterThan(0).isLessThan(all.size());
    }

    @Test
    void theEditingOverlayAddsNothingToAnExport() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        fi.polku.render.svg.SvgPainter withOverlay = new fi.polku.render.svg.SvgPainter(1, 1);
        new MapPainter(l).paint(withOverlay, l.bounds(), 1,
                new Overlay(Set.of("t1"), "t1", "t2", null, new Rect(0, 0, 50, 50), true, Set.of(), 0, 0, "s1", null));
        String export = fi.polku.render.svg.SvgPainter.render(l);
        // The rubber band's translucent fill and the focused card's ring appear only with the overlay.
        String rubberBand = "fill=\"#0072B2\" fill-opacity=\"0.13\"";
        String focusRing = "stroke=\"#1A73E8\"";
        assertThat(withOverlay.toSvg()).contains(rubberBand, focusRing);
        assertThat(export).doesNotContain(rubberBand).doesNotContain(focusRing);
    }

    @Test
    void aCardNoLongerSelectedLosesItsFocusRingSoOnlyTheSelectionLooksSelected() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        String focusRing = "stroke=\"#1A73E8\"";
        fi.polku.render.svg.SvgPainter stillSelected = new fi.polku.render.svg.SvgPainter(1, 1);
        new MapPainter(l).paint(stillSelected, l.bounds(), 1,
                new Overlay(Set.of("t1"), "t1", null, null, null, true, Set.of(), 0, 0, null, null));
        fi.polku.render.svg.SvgPainter selectedElsewhere = new fi.polku.render.svg.SvgPainter(1, 1);
        new MapPainter(l).paint(selectedElsewhere, l.bounds(), 1,
                new Overlay(Set.of("t2"), "t1", null, null, null, true, Set.of(), 0, 0, null, null));
        assertThat(stillSelected.toSvg()).contains(focusRing);
        assertThat(selectedElsewhere.toSvg()).doesNotContain(focusRing);
    }

    @Test
    void aFitToWindowOverviewOfABigMapKeepsStageAndLaneNamesReadable() {
        JourneyMap map = MapGenerator.generate(2000, 8, 10, 1);
        MapLayout l = MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
        double scale = 1200 / l.bounds().w();
        Rect view = new Rect(-40 / scale, -200 / scale, l.bounds().w() + 80 / scale, l.bounds().h() + 400 / scale);
        RecordingPainter p = new RecordingPainter();
        MapPainter painter = new MapPainter(l);
        painter.paint(p, view, scale, Overlay.NONE);
        painter.paintPinnedHeaders(p, view, scale, Overlay.NONE);
        assertThat(p.texts).as("card titles are left out").noneMatch(t -> map.touchpoints().stream()
                .anyMatch(tp -> tp.title().equals(t)));
        assertThat(p.texts).containsAll(map.stages().stream().map(fi.polku.model.Stage::name).toList());
        l.laneHeaders().stream().filter(h -> h.bounds().h() * scale >= 21)
                .forEach(h -> assertThat(p.texts).contains(String.join(" ", h.title().lines())));
        assertThat(p.sizes).as("every name is at least 12 px on screen").allMatch(size -> size * scale >= 11.9);
        assertThat(p.depth).isZero();
    }
}
