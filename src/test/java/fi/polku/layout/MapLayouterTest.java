package fi.polku.layout;

import fi.polku.metrics.TargetStatus;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MapLayouterTest {
    private final FontMetricsTable fm = FontMetricsTable.shared();
    private final Theme theme = Theme.standard();

    private MapLayout layout(JourneyMap map) {
        return MapLayouter.layout(map, theme, fm);
    }

    @Test
    void aTwoThousandCharacterTitleStaysInsideItsCard() {
        String longTitle = "Asiakaspalvelun takaisinsoitto ".repeat(65).substring(0, 2000);
        JourneyMap map = SampleMaps.storeBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.set(0, tps.getFirst().withTitle(longTitle));
        CardBox card = layout(map.withTouchpoints(tps)).card("t1");

        TextBlock title = card.title();
        assertThat(title.lines()).hasSize(theme.sizes().titleMaxLines());
        assertThat(title.lines().getLast()).endsWith("…");
        Rect inner = card.bounds().inset(theme.sizes().cardPadding());
        for (int i = 0; i < title.lines().size(); i++) {
            assertThat(title.x() + fm.width(title.lines().get(i), title.face(), title.size()))
                    .isLessThanOrEqualTo(inner.maxX());
        }
        double lastBottom = title.baseline(title.lines().size() - 1) + fm.descent(title.face(), title.size());
        assertThat(lastBottom).isLessThanOrEqualTo(card.stars().y());
        assertThat(card.badge().maxX()).isLessThanOrEqualTo(inner.maxX());
    }

    @Test
    void cellsHoldTheirCardsInOrderWithoutOverlap() {
        MapLayout l = layout(SampleMaps.large(3, 2, 120));
        for (CellBox cell : l.cells()) {
            List<CardBox> cards = cell.cards();
            for (int i = 0; i < cards.size(); i++) {
                assertThat(cell.bounds().containsRect(cards.get(i).bounds())).isTrue();
                assertThat(cards.get(i).indexInCell()).isEqualTo(i);
                for (int j = i + 1; j < cards.size(); j++) {
                    assertThat(cards.get(i).bounds().inset(0.5).intersects(cards.get(j).bounds().inset(0.5)))
                            .as("cards %d and %d of %s overlap", i, j, cell).isFalse();
                }
            }
        }
        CellBox crowded = l.cell(0, 0);
        assertThat(crowded.cards()).hasSize(20);
        assertThat(crowded.columns()).isGreaterThan(1);
    }

    @Test
    void hitTestingFindsCardsCellsAndHeaders() {
        MapLayout l = layout(SampleMaps.storeBus());
        CardBox t4 = l.card("t4");
        assertThat(l.cardAt(t4.bounds().centerX(), t4.bounds().centerY())).isEqualTo(t4);
        CellBox cell = l.cellAt(t4.bounds().centerX(), t4.bounds().maxY() + 2);
        assertThat(cell.stageId()).isEqualTo("s2");
        assertThat(cell.laneId()).isEqualTo("store");
        assertThat(l.cardAt(cell.bounds().maxX() - 2, cell.bounds().maxY() - 2)).isNull();
        assertThat(l.stageHeaderAt(t4.bounds().centerX(), 5).id()).isEqualTo("s2");
        assertThat(l.laneHeaderAt(5, t4.bounds().centerY()).id()).isEqualTo("store");
        assertThat(l.cellAt(5, t4.bounds().centerY())).isNull();
        assertThat(l.cellAt(l.bounds().maxX() + 1, t4.bounds().centerY())).isNull();
    }

    @Test
    void cullingReturnsExactlyTheCardsTouchingTheView() {
        MapLayout l = layout(SampleMaps.large(40, 10, 20_000));
        Rect view = new Rect(3000, 2000, 1400, 900);
        List<CardBox> expected = l.cards().stream().filter(c -> c.bounds().intersects(view)).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(200);
        assertThat(l.cardsIn(view)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void emotionPointsSitInTheirStageColumnAtTheirValue() {
        MapLayout l = layout(SampleMaps.storeBus());
        EmotionCurve curve = l.emotionCurves().getFirst();
        assertThat(curve.points()).extracting(EmotionPoint::touchpointId)
                .containsExactly("t1", "t2", "t3", "t4", "t5", "t8", "t7");
        for (EmotionPoint p : curve.points()) {
            HeaderBox stage = l.stageHeaders().stream().filter(s -> s.id().equals(p.stageId())).findFirst().get();
            assertThat(stage.bounds().contains(p.x(), stage.bounds().centerY())).isTrue();
            assertThat(p.y()).isCloseTo(curve.zeroY() - p.emotion() * curve.unit(), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(curve.segments()).hasSize(curve.points().size() - 1);
        assertThat(curve.segments().getFirst().x0()).isEqualTo(curve.points().getFirst().x());
        EmotionPoint t4 = curve.points().get(3);
        assertThat(l.emotionPointAt(t4.x() + 3, t4.y() - 3, 8)).isEqualTo(t4);
        assertThat(curve.emotionAt(t4.y())).isEqualTo(2.0);
    }

    @Test
    void theBadgeShowsTheFirstTargetedMetricAtItsLatestMeasurement() {
        LocalDate old = LocalDate.of(2025, 1, 1);
        LocalDate recent = LocalDate.of(2026, 6, 1);
        Touchpoint tp = SampleMaps.tp("x", "Chat", "s1", "web", null, null, null, List.of(
                Measurement.of("ces", 6, 10, recent, "", EvidenceLevel.OBSERVED),
                Measurement.of("csat", 90, 10, recent, "", EvidenceLevel.OBSERVED),
                Measurement.of("csat", 60, 10, old, "", EvidenceLevel.OBSERVED)), Map.of("csat", 80.0));
        KeyScore k = KeyScore.of(tp, SampleMaps.storeBus()).orElseThrow();
        assertThat(k.metric().id()).isEqualTo("csat");
        assertThat(k.measurement().value()).isEqualTo(90);
        assertThat(k.status()).isEqualTo(TargetStatus.ABOVE);
        assertThat(k.badgeText(Localization.ENGLISH)).isEqualTo("CSAT 90 %");
    }

    @Test
    void aTargetInsideTheIntervalCountsAsAt() {
        Measurement m = new Measurement("nps", 12.5, 64, -5.1, 30.1, null, null, "", null);
        assertThat(KeyScore.status(m, 30, fi.polku.model.Direction.HIGHER_IS_BETTER)).isEqualTo(TargetStatus.AT);
        assertThat(KeyScore.status(m, 31, fi.polku.model.Direction.HIGHER_IS_BETTER)).isEqualTo(TargetStatus.BELOW);
        assertThat(KeyScore.status(m, 31, fi.polku.model.Direction.LOWER_IS_BETTER)).isEqualTo(TargetStatus.ABOVE);
    }

    @Test
    void dropIndexCountsOnlyTheCardsThatStay() {
        MapLayout l = layout(SampleMaps.storeBus());
        CellBox cell = l.cellAt(l.card("t4").bounds().centerX(), l.card("t4").bounds().centerY());
        CardBox t6 = l.card("t6");
        DropTarget below = l.dropTarget(cell, t6.bounds().centerX(), t6.bounds().maxY() - 2, Set.of("t4"));
        assertThat(below.index()).isEqualTo(2);
        DropTarget above = l.dropTarget(cell, t6.bounds().centerX(), l.card("t4").bounds().y() + 1, Set.of());
        assertThat(above.index()).isZero();
        assertThat(above.indicator().maxY()).isLessThanOrEqualTo(l.card("t4").bounds().y());
    }

    @Test
    void emptyAndHalfBuiltMapsLayOutWithoutCells() {
        JourneyMap stagesOnly = JourneyMap.empty("m", "Uusi kartta").withStages(SampleMaps.storeBus().stages());
        MapLayout a = layout(stagesOnly);
        assertThat(a.cells()).isEmpty();
        assertThat(a.cellAt(300, 100)).isNull();
        assertThat(a.stageHeaderAt(300, 10).id()).isEqualTo("s1");

        JourneyMap lanesOnly = JourneyMap.empty("m", "").withLanes(SampleMaps.storeBus().lanes());
        MapLayout b = layout(lanesOnly);
        assertThat(b.emotionCurves()).isEmpty();
        assertThat(b.laneHeaderAt(10, b.laneHeaders().get(1).bounds().centerY()).id()).isEqualTo("store");
        assertThat(layout(JourneyMap.empty("m", "")).cardsIn(new Rect(0, 0, 1000, 1000))).isEmpty();
    }

    @Test
    void aTouchpointInAMissingCellIsLeftOutInsteadOfFailing() {
        JourneyMap map = SampleMaps.storeBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.add(Touchpoint.create("orphan", "Ei vaihetta", "no-such-stage", "web"));
        MapLayout l = layout(map.withTouchpoints(tps));
        assertThat(l.card("orphan")).isNull();
        assertThat(l.cards()).hasSize(map.touchpoints().size());
    }

    @Test
    void arrowsRunFromCardEdgeToCardEdgeAndCarryTheirLabelMidway() {
        MapLayout l = layout(SampleMaps.storeBus());
        ConnectionArrow across = l.connections().stream().filter(a -> a.id().equals("c1")).findFirst().orElseThrow();
        assertThat(across.path().getFirst().x0()).isEqualTo(l.card("t3").bounds().maxX());
        assertThat(across.labelBox()).isNull();
        ConnectionArrow labelled = l.connections().stream().filter(a -> a.id().equals("c3")).findFirst().orElseThrow();
        Rect box = labelled.labelBox();
        assertThat(labelled.path()).as("label sits on the line")
                .anyMatch(s -> box.inset(-6).intersects(s.bounds()));
        assertThat(l.cardsIn(box)).as("label covers no card").isEmpty();
        assertThat(labelled.labelText().lines()).containsExactly("3 vahvistusviestiä");
    }

    @Test
    void labelsOfArrowsSharingAGutterDoNotCoverEachOther() {
        // A dense generated map: 2,000 cards with 200 arrows, a quarter of them labelled, many on one gutter.
        MapLayout l = layout(fi.polku.model.MapGenerator.generate(2_000, 8, 10, 12));
        List<ConnectionArrow> labelled = l.connections().stream().filter(a -> a.labelBox() != null).toList();
        assertThat(labelled).hasSizeGreaterThan(20);
        for (int i = 0; i < labelled.size(); i++) {
            ConnectionArrow a = labelled.get(i);
            for (int j = i + 1; j < labelled.size(); j++) {
                assertThat(a.labelBox().intersects(labelled.get(j).labelBox()))
                        .as("labels of %s and %s", a.id(), labelled.get(j).id()).isFalse();
            }
            assertThat(l.cardsIn(a.labelBox())).as("label of %s covers no card", a.id()).isEmpty();
        }
    }

    @Test
    void arrowsRunThroughTheGuttersWithoutCrossingOtherCards() {
        MapLayout l = layout(SampleMaps.storeBus());
        assertThat(l.connections()).isNotEmpty();
        for (ConnectionArrow a : l.connections()) {
            assertCrossesOnlyItsOwnCards(l, a);
            CubicSegment last = a.path().getLast();
            Rect target = l.card(a.toId()).bounds().inset(-9);
            assertThat(target.contains(last.x1(), last.y1())).as("arrow %s ends at its target", a.id()).isTrue();
        }
    }

    private static void assertCrossesOnlyItsOwnCards(MapLayout l, ConnectionArrow a) {
        for (CubicSegment s : a.path()) {
            assertThat(l.cardsIn(s.bounds()))
                    .as("arrow %s crosses only its own cards", a.id())
                    .allMatch(c -> c.touchpointId().equals(a.fromId()) || c.touchpointId().equals(a.toId()));
        }
    }

    @Test
    void inCrowdedCellsArrowsFindTheGapsBetweenCardColumnsInsteadOfCrossingCards() {
        // 2,000 cards in 8 × 10 cells: most cells hold several columns, and most arrows start or end
        // inside a column that a straight run to the stage's edge would cross.
        MapLayout l = layout(fi.polku.model.MapGenerator.generate(2_000, 8, 10, 12));
        assertThat(l.connections()).hasSize(200);
        for (ConnectionArrow a : l.connections()) {
            assertCrossesOnlyItsOwnCards(l, a);
        }
    }

    @Test
    void emotionLaneCardsSitAboveTheCurveBand() {
        JourneyMap sample = SampleMaps.storeBus();
        List<Touchpoint> tps = new ArrayList<>(sample.touchpoints());
        tps.add(SampleMaps.tp("f1", "Hyvä alku", "s1", "feel", null, 2.0, null, List.of(), Map.of()));
        tps.add(SampleMaps.tp("f2", "Hiljainen hetki", "s2", "feel", null, -1.0, null, List.of(), Map.of()));
        MapLayout l = layout(sample.withTouchpoints(tps));
        EmotionCurve curve = l.emotionCurves().getFirst();
        List<CardBox> laneCards = l.cards().stream().filter(c -> c.laneId().equals(curve.laneId())).toList();
        assertThat(laneCards).as("the sample has cards in its emotion lane").isNotEmpty();
        for (CardBox c : laneCards) {
            assertThat(c.bounds().maxY()).as(c.touchpointId()).isLessThan(curve.plot().y());
        }
        for (EmotionPoint p : curve.points()) {
            assertThat(l.cardAt(p.x(), p.y())).as("point of %s is not under a card", p.touchpointId()).isNull();
            assertThat(l.emotionPointAt(p.x() + 2, p.y() - 2, 8)).isEqualTo(p);
        }
    }

    @Test
    void theCardBadgeAndTheAnalysisTableAgreeOnEveryTargetStatus() {
        JourneyMap map = SampleMaps.storeBus();
        int compared = 0;
        for (Touchpoint tp : map.touchpoints()) {
            KeyScore k = KeyScore.of(tp, map).orElse(null);
            if (k == null || map.metric(k.metric().id()).isEmpty()) {
                continue;
            }
            fi.polku.metrics.TouchpointRow row = fi.polku.metrics.TouchpointAnalysis
                    .of(map, k.metric().id(), fi.polku.metrics.Crosshair.SCALE_MIDPOINTS).rows().stream()
                    .filter(r -> r.touchpoint().id().equals(tp.id())).findFirst().orElseThrow();
            assertThat(k.status()).as(tp.title()).isEqualTo(row.status());
            assertThat(k.measurement()).as(tp.title()).isEqualTo(row.measurement());
            compared++;
        }
        assertThat(compared).as("the sample has scored touchpoints").isPositive();
    }
}
