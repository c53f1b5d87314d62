package fi.polku.layout;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link MapLayout} from a map, a theme and a text measurer; pure and display-free. */
public final class MapLayouter {
    private static final double HEADER_PAD = 14;
    /** The space between a channel lane's icon and its name. */
    private static final double ICON_GAP = 6;

    private MapLayouter() {
    }

    public static MapLayout layout(JourneyMap map, Theme theme, TextMeasurer measurer) {
        return layout(map, theme, measurer, new LayoutCache());
    }

    /** The same layout, reusing the cards measured for the previous map value held by {@code cache}. */
    public static MapLayout layout(JourneyMap map, Theme theme, TextMeasurer measurer, LayoutCache cache) {
        cache.begin(map, theme, measurer);
        List<Stage> stages = map.stages();
        List<Lane> lanes = map.lanes();
        int s = stages.size();
        int l = lanes.size();
        CardLayouter cardLayouter = new CardLayouter(theme, measurer);
        TextWrapper wrapper = new TextWrapper(measurer);

        // Group the cards by cell in one pass: JourneyMap.cell() is linear per call.
        Map<String, Integer> stageIndex = indexOf(stages.stream().map(Stage::id).toList());
        Map<String, Integer> laneIndex = indexOf(lanes.stream().map(Lane::id).toList());
        List<List<CardLayouter.Content>> byCell = new ArrayList<>(s * l);
        for (int i = 0; i < s * l; i++) {
            byCell.add(new ArrayList<>());
        }
        Map<String, String> values = OpportunityBadges.of(map);
        for (Touchpoint tp : map.touchpoints()) {
            Integer si = stageIndex.get(tp.stageId());
            Integer li = laneIndex.get(tp.laneId());
            if (si != null && li != null) {
                byCell.get(si * l + li).add(cache.measure(tp, map, cardLayouter, values.get(tp.id())));
            }
        }

        // Cell grid shapes and the column widths / row heights they need.
        CellGrid[] grids = new CellGrid[s * l];
        double[] stageW = new double[s];
        double[] laneH = new double[l];
        // An emotion lane is a row of its cards on top of a band of its own for the curve, so that the
        // curve and its points never lie under a card.
        double[] cardBand = new double[l];
        for (int si = 0; si < s; si++) {
            stageW[si] = theme.sizes().stageMinWidth();
            for (int li = 0; li < l; li++) {
                CellGrid g = CellGrid.of(byCell.get(si * l + li), theme);
                grids[si * l + li] = g;
                stageW[si] = Math.max(stageW[si], g.width() + 2 * theme.sizes().cellPadding());
                if (!g.cards().isEmpty()) {
                    cardBand[li] = Math.max(cardBand[li], g.height() + 2 * theme.sizes().cellPadding());
                }
            }
        }
        for (int li = 0; li < l; li++) {
            laneH[li] = lanes.get(li).kind() == LaneKind.EMOTION
                    ? cardBand[li] + theme.sizes().emotionLaneHeight()
                    : Math.max(theme.sizes().laneMinHeight(), cardBand[li]);
        }

        // Headers: their text can make the header row taller or a lane taller.
        double headLine = measurer.lineHeight(FontFace.BOLD, theme.sizes().headerSize());
        double headAscent = measurer.ascent(FontFace.BOLD, theme.sizes().headerSize());
        double smallLine = measurer.lineHeight(FontFace.REGULAR, theme.sizes().smallSize());
        double smallAscent = measurer.ascent(FontFace.REGULAR, theme.sizes().smallSize());
        List<List<String>> stageLines = new ArrayList<>();
        double headerH = theme.sizes().stageHeaderMinHeight();
        for (int si = 0; si < s; si++) {
            List<String> lines = wrapper.wrap(stages.get(si).name(), FontFace.BOLD, theme.sizes().headerSize(),
                    stageW[si] - 2 * HEADER_PAD, 2);
            stageLines.add(lines);
            headerH = Math.max(headerH, 2 * 12 + lines.size() * headLine);
        }
        double laneTextW = theme.sizes().laneHeaderWidth() - 2 * HEADER_PAD;
        List<String> titleLines = wrapper.wrap(map.title(), FontFace.BOLD, theme.sizes().headerSize(), laneTextW, 2);
        headerH = Math.max(headerH, 2 * 12 + titleLines.size() * headLine);
        TextBlock mapTitle = new TextBlock(titleLines, HEADER_PAD,
                (headerH - titleLines.size() * headLine) / 2 + headAscent, headLine, FontFace.BOLD,
                theme.sizes().headerSize(), theme.palette().laneHeaderText());
        List<List<String>> laneLines = new ArrayList<>();
        List<String> laneTypes = new ArrayList<>();
        // A channel lane's icon sits left of its name, about as tall as a line of it; the name wraps clear.
        double iconSize = Math.round(theme.sizes().headerSize() * 1.3);
        double iconRoom = iconSize + ICON_GAP;
        for (int li = 0; li < l; li++) {
            double nameW = laneTextW - (hasIcon(lanes.get(li)) ? iconRoom : 0);
            laneLines.add(wrapper.wrap(lanes.get(li).name(), FontFace.BOLD, theme.sizes().headerSize(), nameW, 3));
            laneTypes.add(wrapper.truncate(LaneLabels.of(lanes.get(li), Localization.ofTag(map.language())), FontFace.REGULAR,
                    theme.sizes().smallSize(), laneTextW));
            laneH[li] = Math.max(laneH[li], 2 * 12 + laneLines.get(li).size() * headLine + 4 + smallLine);
        }

        double[] stageEdges = edges(theme.sizes().laneHeaderWidth(), stageW);
        double[] laneEdges = edges(headerH, laneH);
        double width = stageEdges[s];
        double height = laneEdges[l];

        List<HeaderBox> stageHeaders = new ArrayList<>();
        for (int si = 0; si < s; si++) {
            List<String> lines = stageLines.get(si);
            double top = (headerH - lines.size() * headLine) / 2;
            stageHeaders.add(new HeaderBox(stages.get(si).id(), si, new Rect(stageEdges[si], 0, stageW[si], headerH),
                    new TextBlock(lines, stageEdges[si] + HEADER_PAD, top + headAscent, headLine, FontFace.BOLD,
                            theme.sizes().headerSize(), theme.palette().stageHeaderText()),
                    new TextBlock(List.of(), 0, 0, 0, FontFace.REGULAR, theme.sizes().smallSize(), theme.palette().mutedText()), "",
                    null));
        }
        List<HeaderBox> laneHeaders = new ArrayList<>();
        for (int li = 0; li < l; li++) {
            Lane lane = lanes.get(li);
            List<String> lines = laneLines.get(li);
            double top = laneEdges[li] + 12;
            double subBase = top + lines.size() * headLine + 4 + smallAscent;
            Rect iconBox = hasIcon(lane)
                    ? new Rect(HEADER_PAD, top + Math.max(0, (headLine - iconSize) / 2), iconSize, iconSize) : null;
            double titleX = HEADER_PAD + (iconBox != null ? iconRoom : 0);
            laneHeaders.add(new HeaderBox(lane.id(), li, new Rect(0, laneEdges[li], theme.sizes().laneHeaderWidth(), laneH[li]),
                    new TextBlock(lines, titleX, top + headAscent, headLine, FontFace.BOLD, theme.sizes().headerSize(),
                            theme.palette().laneHeaderText()),
                    new TextBlock(List.of(laneTypes.get(li)), HEADER_PAD, subBase, smallLine, FontFace.REGULAR,
                            theme.sizes().smallSize(), theme.palette().laneHeaderSubText()),
                    lane.kind() == LaneKind.CHANNEL && lane.channel() != null ? lane.channel().name()
                            : lane.kind().name(), iconBox));
        }

        // Place the cards: each cell's grid centred in its stage column, top-aligned in its lane.
        CellBox[] cells = new CellBox[s * l];
        List<CardBox> allCards = new ArrayList<>();
        for (int si = 0; si < s; si++) {
            for (int li = 0; li < l; li++) {
                CellGrid g = grids[si * l + li];
                Rect cb = new Rect(stageEdges[si], laneEdges[li], stageW[si], laneH[li]);
                double x0 = cb.x() + (cb.w() - g.width()) / 2;
                double y0 = cb.y() + theme.sizes().cellPadding();
                List<CardBox> cellCards = g.place(cardLayouter, x0, y0, theme);
                allCards.addAll(cellCards);
                cells[si * l + li] = new CellBox(stages.get(si).id(), lanes.get(li).id(), si, li, cb, g.columns(),
                        cellCards);
            }
        }


        MapLayout partial = new MapLayout(theme, new Rect(0, 0, width, height), mapTitle, stageHeaders, laneHeaders,
                cells, allCards, List.of(), List.of(), stageEdges, laneEdges);
        List<EmotionCurve> curves = EmotionCurveLayouter.layout(map, partial, measurer);
        List<ConnectionArrow> arrows = ConnectionRouter.route(map, partial, measurer);
        return new MapLayout(theme, new Rect(0, 0, width, height), mapTitle, stageHeaders, laneHeaders, cells,
                allCards, curves, arrows, stageEdges, laneEdges);
    }

    /** Channel lanes carry their channel's icon; the other kinds are told by their place and label. */
    private static boolean hasIcon(Lane lane) {
        return lane.kind() == LaneKind.CHANNEL;
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.putIfAbsent(ids.get(i), i);
        }
        return out;
    }

    private static double[] edges(double start, double[] sizes) {
        double[] e = new double[sizes.length + 1];
        e[0] = start;
        for (int i = 0; i < sizes.length; i++) {
            e[i + 1] = e[i] + sizes[i];
        }
        return e;
    }
}
