package fi.polku.search;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One map value's cards ready to be searched: each card's title, description, owner and tags folded into
 * one text, in the map's reading order (stage by stage, within a stage lane by lane, within a cell in the
 * cards' order), as the layout places them. Cards in no existing stage or lane are not on the map and are
 * left out. Immutable.
 */
final class CardIndex {
    static final CardIndex EMPTY = new CardIndex(new String[0], new String[0], new IdentityHashMap<>());

    private final String[] ids;
    private final String[] texts;
    /** Each card's folded text by its record, so that the next map value folds only the cards that changed. */
    private final Map<Touchpoint, String> folded;

    private CardIndex(String[] ids, String[] texts, Map<Touchpoint, String> folded) {
        this.ids = ids;
        this.texts = texts;
        this.folded = folded;
    }

    /** The index of {@code map}, reusing the folded text of every card record {@code previous} also held. */
    static CardIndex of(JourneyMap map, CardIndex previous) {
        Map<String, Integer> stageIndex = new HashMap<>();
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.putIfAbsent(stages.get(i).id(), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        List<Lane> lanes = map.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.putIfAbsent(lanes.get(i).id(), i);
        }
        // A bucket per cell, filled in list order: the order the layout gives the cards of a cell.
        int laneCount = lanes.size();
        List<List<Touchpoint>> cells = new ArrayList<>(stages.size() * laneCount);
        for (int i = 0; i < stages.size() * laneCount; i++) {
            cells.add(null);
        }
        int onMap = 0;
        for (Touchpoint t : map.touchpoints()) {
            Integer s = stageIndex.get(t.stageId());
            Integer l = laneIndex.get(t.laneId());
            if (s != null && l != null) {
                int cell = s * laneCount + l;
                if (cells.get(cell) == null) {
                    cells.set(cell, new ArrayList<>());
                }
                cells.get(cell).add(t);
                onMap++;
            }
        }
        String[] ids = new String[onMap];
        String[] texts = new String[onMap];
        Map<Touchpoint, String> folded = new IdentityHashMap<>(onMap * 2);
        int i = 0;
        for (List<Touchpoint> cell : cells) {
            if (cell == null) {
                continue;
            }
            for (Touchpoint t : cell) {
                String text = previous.folded.get(t);
                if (text == null) {
                    text = foldedText(t);
                }
                folded.put(t, text);
                ids[i] = t.id();
                texts[i] = text;
                i++;
            }
        }
        return new CardIndex(ids, texts, folded);
    }

    /** The positions (in reading order) of the cards whose text holds every word; {@code among} null for all. */
    int[] matching(List<String> words, int[] among) {
        int[] out = new int[among == null ? texts.length : among.length];
        int n = 0;
        if (among == null) {
            for (int i = 0; i < texts.length; i++) {
                if (holdsAll(texts[i], words)) {
                    out[n++] = i;
                }
            }
        } else {
            for (int i : among) {
                if (holdsAll(texts[i], words)) {
                    out[n++] = i;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The ids of the cards at these positions, in their order. */
    List<String> ids(int[] positions) {
        String[] out = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = ids[positions[i]];
        }
        return java.util.Arrays.asList(out);
    }

    /** How many cards are on the map. */
    int size() {
        return ids.length;
    }

    private static boolean holdsAll(String text, List<String> words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The searched fields, one a line: a query word holds no line break, so a match never spans two. */
    static String foldedText(Touchpoint t) {
        StringBuilder all = new StringBuilder(t.title().length() + t.description().length() + t.owner().length() + 16);
        all.append(t.title()).append('\n').append(t.description()).append('\n').append(t.owner());
        for (String tag : t.tags()) {
            all.append('\n').append(tag);
        }
        return FoldedText.fold(all.toString());
    }
}
