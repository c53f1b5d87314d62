package fi.polku.model.diff;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A three-way merge of two edits of one map, matched by id: a field one side changed takes that side's value, a
 * field both changed the same way takes it once, and a field both changed differently, or an item deleted on one
 * side and changed on the other, is a {@link MergeConflict} decided for the side asked for. Like the difference,
 * it works over the records' components, so fields added later merge with no change here.
 */
public final class MapMerge {
    private final MergeSide side;
    private final List<MergeConflict> conflicts = new ArrayList<>();

    private MapMerge(MergeSide side) {
        this.side = side;
    }

    /**
     * Merges what {@code ours} and {@code theirs} each changed since {@code base}; where they disagree, the
     * result holds {@code side}'s version and the conflict is listed.
     */
    public static MergeResult merge(JourneyMap base, JourneyMap ours, JourneyMap theirs, MergeSide side) {
        MapMerge merge = new MapMerge(side);
        JourneyMap apart = IdRenames.apart(base, ours, theirs);
        MapDiff ourMoves = MapDiff.between(base, ours);
        MapDiff theirMoves = MapDiff.between(base, apart);
        JourneyMap merged = merge.ownFields(base, ours, apart);
        for (ItemKind kind : ItemKind.LISTED) {
            merged = kind.withItems(merged, merge.items(kind, base, ours, apart, moved(ourMoves, kind),
                    moved(theirMoves, kind)));
        }
        return new MergeResult(merged, merge.conflicts, MapValidator.validate(merged));
    }

    private static Set<String> moved(MapDiff diff, ItemKind kind) {
        Set<String> out = new HashSet<>();
        for (ItemChange c : diff.of(kind)) {
            if (c.moved()) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** The map's own properties merged; its id is ours and its lists are merged apart, item by item. */
    private JourneyMap ownFields(JourneyMap base, JourneyMap ours, JourneyMap theirs) {
        List<String> names = RecordFields.names(JourneyMap.class);
        Object[] b = RecordFields.values(base);
        Object[] o = RecordFields.values(ours);
        Object[] t = RecordFields.values(theirs);
        Object[] out = o.clone();
        for (int i = 0; i < out.length; i++) {
            String name = names.get(i);
            if (name.equals("modified")) {
                out[i] = latest(b[i], o[i], t[i]);
            } else if (!MapDiff.NOT_MAP_FIELDS.contains(name)) {
                out[i] = value(ItemKind.MAP, ours.id(), ours.title(), name, b[i], o[i], t[i]);
            }
        }
        return RecordFields.build(JourneyMap.class, out);
    }

    /** The save time of the side that changed it, or the later one when both saved: never a conflict. */
    private static Object latest(Object base, Object ours, Object theirs) {
        if (Objects.equals(theirs, base) || theirs == null) {
            return ours;
        }
        if (Objects.equals(ours, base) || ours == null) {
            return theirs;
        }
        return ((Instant) ours).isAfter((Instant) theirs) ? ours : theirs;
    }

    private List<Record> items(ItemKind kind, JourneyMap base, JourneyMap ours, JourneyMap theirs,
                               Set<String> movedByOurs, Set<String> movedByTheirs) {
        List<? extends Record> baseItems = kind.items(base);
        List<? extends Record> ourItems = kind.items(ours);
        List<? extends Record> theirItems = kind.items(theirs);
        if (theirItems.equals(baseItems)) {
            return List.copyOf(ourItems);
        }
        if (ourItems.equals(baseItems)) {
            return List.copyOf(theirItems);
        }
        Map<String, Record> b = MapDiff.byId(baseItems);
        Map<String, Record> t = MapDiff.byId(theirItems);
        Map<String, Record> o = MapDiff.byId(ourItems);
        Map<String, Record> result = HashMap.newHashMap(ourItems.size() + theirItems.size());
        for (Record mine : ourItems) {
            String id = ItemKind.id(mine);
            Record old = b.get(id);
            Record their = t.get(id);
            if (their != null) {
                result.put(id, item(kind, old, mine, their));
            } else if (old == null) {
                result.put(id, mine); // we added it
            } else if (!mine.equals(old)) {
                conflicts.add(new MergeConflict(kind, id, kind.title(mine), MergeConflict.Type.DELETED_BY_THEIRS,
                        null, old, mine, null));
                if (side == MergeSide.OURS) {
                    result.put(id, mine);
                }
            }
        }
        for (Record their : theirItems) {
            String id = ItemKind.id(their);
            Record old = b.get(id);
            if (o.containsKey(id)) {
                continue;
            }
            if (old == null) {
                result.put(id, their); // they added it
            } else if (!their.equals(old)) {
                conflicts.add(new MergeConflict(kind, id, kind.title(their), MergeConflict.Type.DELETED_BY_OURS,
                        null, old, null, their));
                if (side == MergeSide.THEIRS) {
                    result.put(id, their);
                }
            }
        }
        return ItemOrder.merge(ids(baseItems), ids(ourItems), ids(theirItems), result, movedByOurs, movedByTheirs);
    }

    private static List<String> ids(List<? extends Record> items) {
        List<String> out = new ArrayList<>(items.size());
        for (Record item : items) {
            out.add(ItemKind.id(item));
        }
        return out;
    }

    /** One item both sides kept (or both added under one id), merged field by field. */
    private Record item(ItemKind kind, Record base, Record ours, Record theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        List<String> names = RecordFields.names(ours.getClass());
        Object[] o = RecordFields.values(ours);
        Object[] t = RecordFields.values(theirs);
        Object[] b = base == null ? new Object[o.length] : RecordFields.values(base);
        Object[] out = o.clone();
        String id = ItemKind.id(ours);
        String title = kind.title(ours);
        for (int i = 0; i < out.length; i++) {
            if (!kind.placeFields().contains(names.get(i))) {
                out[i] = value(kind, id, title, names.get(i), b[i], o[i], t[i]);
            }
        }
        if (kind == ItemKind.TOUCHPOINT) {
            mergeCell(id, title, names, b, o, t, out);
        }
        return RecordFields.build(ours.getClass(), out);
    }

    /** A card's stage and lane move together: a card moved to two different cells is one conflict. */
    private void mergeCell(String id, String title, List<String> names, Object[] b, Object[] o, Object[] t,
                           Object[] out) {
        int stage = names.indexOf("stageId");
        int lane = names.indexOf("laneId");
        List<Object> chosen = cell(value(ItemKind.TOUCHPOINT, id, title, MergeConflict.CELL, cell(b, stage, lane),
                cell(o, stage, lane), cell(t, stage, lane)));
        out[stage] = chosen.get(0);
        out[lane] = chosen.get(1);
    }

    private static List<Object> cell(Object[] values, int stage, int lane) {
        return Arrays.asList(values[stage], values[lane]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> cell(Object value) {
        return (List<Object>) value;
    }

    /** One field merged: the side that changed it wins; both changing it differently is a conflict. */
    private Object value(ItemKind kind, String id, String title, String field, Object base, Object ours,
                         Object theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        conflicts.add(new MergeConflict(kind, id, title, MergeConflict.Type.BOTH_CHANGED, field, base, ours, theirs));
        return side == MergeSide.OURS ? ours : theirs;
    }
}
