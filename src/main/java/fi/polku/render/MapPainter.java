package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.EmotionCurve;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Palette;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints a {@link MapLayout} onto any {@link Painter}. Only what intersects the visible rectangle is
 * drawn, so a huge map costs what is on screen; exports pass the whole map and {@link Overlay#NONE}.
 */
public final class MapPainter {
    /** Below this on-screen text size (pixels) text is unreadable and is not drawn. */
    static final double MIN_TEXT_PX = 4.5;
    /** Below this on-screen size of the small footer text, stars and badge texts are left out. */
    private static final double MIN_FINE_PX = 5.5;

    private final MapLayout layout;
    private final Theme theme;
    private final CardPainter cards;
    private final EmotionCurvePainter curves;
    private final ConnectionPainter connections;
    private boolean fine = true;
    /** The width of grid lines, wider in projector mode. */
    private final double line;

    public MapPainter(MapLayout layout) {
        this.layout = layout;
        this.theme = layout.theme();
        this.line = theme.sizes().lineWidth();
        this.cards = new CardPainter(theme);
        this.curves = new EmotionCurvePainter(theme);
        this.connections = new ConnectionPainter(layout);
    }

    /** Paints the whole map for an export, without any editing overlay. */
    public void paintAll(Painter p) {
        paint(p, layout.bounds(), 1, Overlay.NONE);
    }

    /**
     * Paints the parts of the map intersecting {@code visible} (map coordinates).
     *
     * @param scale screen pixels per map pixel, used only to skip unreadable detail when zoomed far out
     */
    public void paint(Painter p, Rect visible, double scale, Overlay overlay) {
        boolean detailed = theme.sizes().titleSize() * scale >= MIN_TEXT_PX;
        fine = theme.sizes().smallSize() * scale >= MIN_FINE_PX;
        Rect b = layout.bounds();
        p.fillRect(b.x(), b.y(), b.w(), b.h(), theme.palette().background());
        Map<String, List<CardBox>> visibleCards = new HashMap<>();
        for (CardBox c : layout.cardsIn(visible)) {
            visibleCards.computeIfAbsent(c.laneId(), k -> new ArrayList<>()).add(c);
        }
        // Lane backgrounds first, then the connection lines, then curves and cards: arrows stay behind
        // the cards they join and pass.
        for (HeaderBox lane : layout.laneHeaders()) {
            if (intersectsY(lane.bounds(), visible)) {
                paintLaneBackground(p, lane, visible, detailed);
            }
        }
        connections.paint(p, visible, scale);
        for (HeaderBox lane : layout.laneHeaders()) {
            if (intersectsY(lane.bounds(), visible)) {
                paintLane(p, lane, visibleCards.getOrDefault(lane.id(), List.of()), visible, scale, detailed);
            }
        }
        for (HeaderBox stage : layout.stageHeaders()) {
            if (intersectsX(stage.bounds(), visible)) {
                paintStage(p, stage, detailed);
            }
        }
        Rect corner = layout.cornerBox();
        p.fillRect(corner.x(), corner.y(), corner.w(), corner.h(), theme.palette().cardFill());
        p.line(corner.maxX(), corner.y(), corner.maxX(), corner.maxY(), theme.palette().gridLine(), line);
        if (detailed) {
            CardPainter.text(p, layout.mapTitle());
        }
        paintOverlay(p, overlay, visible, scale);
    }

    /**
     * On screen only: repaints the stage header row and lane header column pinned to the top and left
     * edges of {@code visible} once the map is scrolled past them, and keeps each lane's name in sight
     * while a tall lane is scrolled through, so a big map keeps its bearings. Outlines the selected
     * stage and lane headers of {@code overlay}.
     */
    public void paintPinnedHeaders(Painter p, Rect visible, double scale, Overlay overlay) {
        boolean detailed = theme.sizes().titleSize() * scale >= MIN_TEXT_PX;
        boolean top = visible.y() > 0;
        boolean left = visible.x() > 0;
        int shadow = 0x18000000;
        double headerBottom = top ? visible.y() + layout.stageHeaderHeight() : layout.stageHeaderHeight();
        p.pushTransform(Math.max(0, visible.x()), 0, 1);
        for (HeaderBox lane : layout.laneHeaders()) {
            if (intersectsY(lane.bounds(), visible)) {
                Rect r = lane.bounds();
                p.fillRect(r.x(), r.y(), r.w(), r.h(), theme.palette().laneHeaderFill());
                p.line(r.x(), r.maxY(), r.maxX(), r.maxY(), theme.palette().gridLine(), line);
                if (detailed) {
                    // A tall lane keeps its name in sight while it is scrolled through.
                    double textBottom = lane.subtitle().baseline(0) + 8;
                    double dy = Math.max(0, Math.min(headerBottom - r.y(), r.maxY() - textBottom));
                    p.pushTransform(0, dy, 1);
                    ChannelIcons.paint(p, lane, theme.palette().laneHeaderText());
                    CardPainter.text(p, lane.title());
                    CardPainter.text(p, lane.subtitle());
                    p.popTransform();
                }
                if (detailed) {
                    for (EmotionCurve curve : layout.emotionCurves()) {
                        if (curve.laneId().equals(lane.id())) {
                            curve.scaleLabels().forEach(t -> CardPainter.text(p, t));
                            curves.paintLegend(p, curve.legend());
                        }
                    }
                }
                if (lane.id().equals(overlay.selectedLaneId())) {
                    outline(p, r, scale);
                }
            }
        }
        double y0 = Math.max(visible.y(), 0);
        double y1 = Math.min(visible.maxY(), layout.bounds().maxY());
        if (left) {
            p.fillRect(theme.sizes().laneHeaderWidth(), y0, 3 / scale, Math.max(0, y1 - y0), shadow);
        } else if (y1 > y0) {
            p.line(theme.sizes().laneHeaderWidth(), y0, theme.sizes().laneHeaderWidth(), y1, theme.palette().gridLine(), line);
        }
        p.popTransform();
        if (top) {
            p.pushTransform(0, visible.y(), 1);
            for (HeaderBox stage : layout.stageHeaders()) {
                if (intersectsX(stage.bounds(), visible)) {
                    paintStage(p, stage, detailed);
                }
            }
            double x0 = Math.max(visible.x(), 0);
            double x1 = Math.min(visible.maxX(), layout.bounds().maxX());
            p.fillRect(x0, layout.stageHeaderHeight(), Math.max(0, x1 - x0), 3 / scale, shadow);
            p.popTransform();
        }
        p.pushTransform(0, Math.max(0, visible.y()), 1);
        for (HeaderBox stage : layout.stageHeaders()) {
            if (stage.id().equals(overlay.selectedStageId()) && intersectsX(stage.bounds(), visible)) {
                outline(p, stage.bounds(), scale);
            }
        }
        p.popTransform();
        {
            p.pushTransform(left ? visible.x() : 0, top ? visible.y() : 0, 1);
            Rect corner = layout.cornerBox();
            p.fillRect(corner.x(), corner.y(), corner.w(), corner.h(), theme.palette().cardFill());
            if (detailed) {
                CardPainter.text(p, layout.mapTitle());
            }
            p.popTransform();
        }
        if (!detailed) {
            OverviewLabels.paint(p, layout, visible, scale);
        }
    }

    private void outline(Painter p, Rect header, double scale) {
        Rect r = header.inset(2.5 / scale);
        p.strokeRect(r.x(), r.y(), r.w(), r.h(), theme.palette().focus(), 3 / scale);
    }

    private void paintStage(Painter p, HeaderBox stage, boolean detailed) {
        Rect r = stage.bounds();
        p.beginGroup("stage-" + stage.id(), "stage");
        p.fillRect(r.x(), r.y(), r.w(), r.h(), theme.palette().stageHeaderFill());
        if (stage.index() > 0) {
            p.line(r.x(), r.y() + 8, r.x(), r.maxY() - 8, Palette.withAlpha(theme.palette().stageHeaderText(), 0x40), line);
        }
        if (detailed) {
            // The layout already wrapped the name to the column and ended it with an ellipsis, so no clip
            // is needed (and on a canvas each clip costs a full-canvas blend).
            CardPainter.text(p, stage.title());
        }
        p.endGroup();
    }

    private void paintLaneBackground(Painter p, HeaderBox lane, Rect visible, boolean detailed) {
        Rect r = lane.bounds();
        double right = layout.bounds().maxX();
        p.fillRect(r.x(), r.y(), r.w(), r.h(), theme.palette().laneHeaderFill());
        p.line(r.x(), r.maxY(), right, r.maxY(), theme.palette().gridLine(), line);
        p.line(r.maxX(), r.y(), r.maxX(), r.maxY(), theme.palette().gridLine(), line);
        for (HeaderBox stage : layout.stageHeaders()) {
            if (stage.index() > 0 && intersectsX(stage.bounds(), visible)) {
                double x = stage.bounds().x();
                p.line(x, r.y(), x, r.maxY(), theme.palette().gridLine(), line);
            }
        }
        if (detailed) {
            ChannelIcons.paint(p, lane, theme.palette().laneHeaderText());
            CardPainter.text(p, lane.title());
            CardPainter.text(p, lane.subtitle());
        }
    }

    private void paintLane(Painter p, HeaderBox lane, List<CardBox> laneCards, Rect visible, double scale,
                           boolean detailed) {
        p.beginGroup("lane-" + lane.id(), "lane " + lane.icon().toLowerCase(java.util.Locale.ROOT));
        for (EmotionCurve curve : layout.emotionCurves()) {
            if (curve.laneId().equals(lane.id())) {
                curves.paint(p, curve, visible, scale, detailed);
            }
        }
        if (!detailed) {
            // Far zoom is screen only (exports paint at full detail), so the blocks need no groups.
            cards.paintBlocks(p, laneCards);
        } else {
            for (CardBox card : laneCards) {
                p.beginGroup("tp-" + card.touchpointId(), "card");
                cards.paint(p, card, true, fine);
                p.endGroup();
            }
        }
        p.endGroup();
    }

    private void paintOverlay(Painter p, Overlay o, Rect visible, double scale) {
        double px = 1 / scale;
        if (!o.highlighted().isEmpty()) {
            new FindHighlights(layout, cards).paint(p, o, visible, scale, fine);
        }
        for (String id : o.selection()) {
            CardBox c = layout.card(id);
            if (c != null && c.bounds().intersects(visible)) {
                Rect r = c.bounds();
                p.strokeRoundRect(r.x() - 1, r.y() - 1, r.w() + 2, r.h() + 2, theme.sizes().cardRadius() + 1,
                        theme.palette().selection(), 2.5 * px);
            }
        }
        if (o.hoverId() != null && !o.selection().contains(o.hoverId())) {
            CardBox c = layout.card(o.hoverId());
            if (c != null) {
                Rect r = c.bounds();
                p.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), theme.sizes().cardRadius(), theme.palette().evidenceInk(), 1.5 * px);
            }
        }
        // The ring marks the keyboard's card within the selection only: on a card no longer selected it
        // made two cards look selected.
        if (o.focusedId() != null && o.canvasFocused() && o.selection().contains(o.focusedId())) {
            CardBox c = layout.card(o.focusedId());
            if (c != null) {
                Rect r = c.bounds().inset(-4 * px - 1);
                p.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), theme.sizes().cardRadius() + 3, theme.palette().focus(), 1.5 * px);
            }
        }
        int ghosts = 0;
        for (String id : o.dragged()) {
            CardBox c = layout.card(id);
            // A few ghosts show what moves; hundreds would only cost time.
            if (c != null && ghosts++ < 30) {
                p.pushTransform(o.dragDx(), o.dragDy(), 1);
                cards.paint(p, c, theme.sizes().titleSize() * scale >= MIN_TEXT_PX, fine);
                Rect r = c.bounds();
                p.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), theme.sizes().cardRadius(), theme.palette().selection(), 2 * px);
                p.popTransform();
            }
        }
        if (o.drop() != null) {
            Rect r = o.drop().indicator();
            p.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 1.5, theme.palette().dropIndicator());
        }
        if (o.rubberBand() != null) {
            Rect r = o.rubberBand();
            p.fillRect(r.x(), r.y(), r.w(), r.h(), theme.palette().rubberBandFill());
            p.strokeRect(r.x(), r.y(), r.w(), r.h(), theme.palette().selection(), px);
        }
    }

    private static boolean intersectsX(Rect r, Rect v) {
        return r.maxX() >= v.x() && r.x() <= v.maxX();
    }

    private static boolean intersectsY(Rect r, Rect v) {
        return r.maxY() >= v.y() && r.y() <= v.maxY();
    }
}
