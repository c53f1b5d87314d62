package fi.polku.render.chart;

import fi.polku.io.MapFiles;
import fi.polku.layout.Rect;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.TargetStatus;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.render.svg.SvgPainter;
import fi.polku.testing.Seeded;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The matrix picture: its SVG has a point per measured touchpoint where the numbers say, and no label covers anything. */
class MatrixChartTest {
    private static final Pattern POINT = Pattern.compile(
            "<g id=\"point-([^\"]+)\" class=\"matrix-point\">\\s*<path d=\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static JourneyMap storeBus() throws Exception {
        return MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    /** Each point group's first shape, by touchpoint id, reduced to the centre of its bounding box. */
    private static Map<String, double[]> pointsIn(String svg) {
        Map<String, double[]> out = new HashMap<>();
        Matcher m = POINT.matcher(svg);
        while (m.find()) {
            List<Double> xy = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.group(2));
            while (n.find()) {
                xy.add(Double.parseDouble(n.group()));
            }
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i + 1 < xy.size(); i += 2) {
                minX = Math.min(minX, xy.get(i));
                maxX = Math.max(maxX, xy.get(i));
                minY = Math.min(minY, xy.get(i + 1));
                maxY = Math.max(maxY, xy.get(i + 1));
            }
            out.put(m.group(1), new double[] {(minX + maxX) / 2, (minY + maxY) / 2});
        }
        return out;
    }

    @Test
    void theStoreBusSvgHasOnePointPerMeasuredTouchpointWhereTheAnalysisPutsIt() throws Exception {
        JourneyMap map = storeBus();
        MatrixChart chart = MatrixChart.of(map, Localization.ENGLISH, 900, 600);
        SvgPainter svg = new SvgPainter(chart.width(), chart.height());
        chart.paint(svg);
        Map<String, double[]> drawn = pointsIn(svg.toSvg());

        MatrixAnalysis analysis = MatrixAnalysis.allMetrics(map, Crosshair.TARGET);
        List<String> measured = map.touchpoints().stream()
                .filter(t -> t.importance() != null && !t.measurements().isEmpty()).map(t -> t.id()).toList();
        assertThat(drawn.keySet()).containsExactlyInAnyOrderElementsOf(measured);
        MatrixGeometry g = chart.geometry();
        MatrixChart.Point crosshair = chart.crosshair();
        assertThat(crosshair.x()).isCloseTo(g.x(3), within(1e-9));
        assertThat(crosshair.y()).isCloseTo(g.y(0), within(1e-9));
        // The performance axis is linear in the distance from target: one scale fits every point.
        double pixelsPerPoint = (g.y(-10) - g.y(0)) / 10;
        assertThat(pixelsPerPoint).isPositive();
        for (TouchpointRow r : analysis.plotted()) {
            double[] p = drawn.get(r.touchpoint().id());
            String who = r.touchpoint().title();
            assertThat(p[1]).as(who).isCloseTo(crosshair.y() - r.matrixPerformance() * pixelsPerPoint, within(0.05));
            // Importance sets x, give or take the small sideways step that keeps equal points apart.
            assertThat(p[0]).as(who).isCloseTo(g.x(r.importance()), within(6 * 1.4 * MatrixGeometry.RADIUS + 0.05));
            if (r.status() == TargetStatus.BELOW) {
                assertThat(p[1]).as(who).isGreaterThan(crosshair.y() + 1);
            } else {
                assertThat(p[1]).as(who).isLessThanOrEqualTo(crosshair.y() + 0.05);
            }
            MatrixChart.Point at = chart.positions().get(r.touchpoint().id());
            assertThat(p[0]).isCloseTo(at.x(), within(0.05));
            assertThat(p[1]).isCloseTo(at.y(), within(0.05));
        }
        double[] schedule = drawn.get("t1");
        assertThat(schedule[0]).isGreaterThan(crosshair.x());
        assertThat(schedule[1]).isCloseTo(crosshair.y() + (85 - 78.2) * pixelsPerPoint, within(0.05));
    }

    @Test
    void quadrantAndAxisTitlesSpeakTheLanguageGiven() throws Exception {
        String fi = svgOf(MatrixChart.of(storeBus(), Localization.FINNISH, 900, 600));
        assertThat(fi).contains("Keskity tähän", "alle tavoitteen, tärkeä", "Jatka samaan malliin",
                "Tärkeys (1 = ei tärkeä", "Tulos tavoitteeseen nähden").doesNotContain("Concentrate");
        String en = svgOf(MatrixChart.of(storeBus(), Localization.ENGLISH, 900, 600));
        assertThat(en).contains("Concentrate here", "below target, important", "Performance against target");
    }

    private static String svgOf(MatrixChart chart) {
        SvgPainter svg = new SvgPainter(chart.width(), chart.height());
        chart.paint(svg);
        return svg.toSvg();
    }

    @Test
    void labelsCoverNoOtherLabelTitleOrPointAndEveryPointIsNamed() {
        // Maps of up to 45 touchpoints at the sizes of a docked view, a slide or a report page.
        Seeded.check(150, List.of(), g -> new Object[] {MapGenerator.generate(g.intBetween(1, 45), 4, 4,
                g.longBetween(0, Long.MAX_VALUE / 2)), g.oneOf(Crosshair.values()), g.intBetween(640, 1400),
                g.intBetween(420, 900)}, input -> {
            JourneyMap map = (JourneyMap) input[0];
            MatrixChart chart = new MatrixChart(MatrixAnalysis.allMetrics(map, (Crosshair) input[1]),
                    Localization.FINNISH, (int) input[2], (int) input[3]);
            checkNothingCovered(chart, true);
        });
    }

    @Test
    void evenACrowdedSmallChartNamesEveryPointAndNoTitleCoversAnother() {
        Seeded.check(100, List.of(), g -> new Object[] {MapGenerator.generate(g.intBetween(20, 60), 4, 4,
                g.longBetween(0, Long.MAX_VALUE / 2)), g.oneOf(Crosshair.values()), g.intBetween(420, 700),
                g.intBetween(300, 480)}, input -> {
            JourneyMap map = (JourneyMap) input[0];
            MatrixChart chart = new MatrixChart(MatrixAnalysis.allMetrics(map, (Crosshair) input[1]),
                    Localization.ENGLISH, (int) input[2], (int) input[3]);
            checkNothingCovered(chart, false);
        });
    }

    @Test
    void theStoreBusLabelsFitAtSmallAndLargeSizes() throws Exception {
        for (int[] size : new int[][] {{420, 300}, {640, 420}, {900, 600}, {1400, 900}}) {
            for (Crosshair c : Crosshair.values()) {
                checkNothingCovered(new MatrixChart(MatrixAnalysis.allMetrics(storeBus(), c), Localization.ENGLISH,
                        size[0], size[1]), true);
            }
        }
    }

    /** Every point has a title or a number; titles cover nothing; numbers too when {@code strict}. */
    private static void checkNothingCovered(MatrixChart chart, boolean strict) {
        if (chart.geometry() == null || chart.geometry().points.size() > MatrixChart.MAX_LABELLED) {
            return;
        }
        List<MatrixLabels.Label> labels = new ArrayList<>(chart.labels().labels().values());
        List<MatrixGeometry.Placed> points = chart.geometry().points;
        assertThat(labels).as("every point is named").hasSize(points.size());
        for (int i = 0; i < labels.size(); i++) {
            if (!strict && labels.get(i).number() > 0) {
                continue;
            }
            Rect a = labels.get(i).box();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(a.intersects(labels.get(j).box())).as(labels.get(i) + " / " + labels.get(j)).isFalse();
            }
            for (Rect title : chart.titleBoxes()) {
                assertThat(a.intersects(title)).as(labels.get(i) + " / title").isFalse();
            }
            for (MatrixGeometry.Placed p : points) {
                assertThat(a.intersects(MatrixLabels.pointBox(p))).as(labels.get(i) + " / point " + p.id()).isFalse();
            }
        }
        assertThat(chart.numberedKey()).hasSize((int) labels.stream().filter(l -> l.number() > 0).count());
    }
}
