package fi.polku.model.diff;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between two journey maps, item by item matched by stable id: what was added, removed, moved
 * and changed field by field. Pure and toolkit-free; the compare view, {@code polku diff} and {@code polku merge}
 * read the same value.
 *
 * <p>Fields are compared generically over the records' components (see {@link RecordFields}), so a field a
 * record gains later is compared with no change here. A list field such as a card's measurements is one
 * field: measurements have no id to match them by, and a merge then treats two different edits of one card's
 * measurements as the conflict they are instead of guessing which numbers belong together. The map's
 * {@code modified} time is left out: every save changes it, and it would make no two saved maps equal.
 */
public final class MapDiff {
    /** Fields of the map that are not its own properties: its id, its save time and its lists of items. */
    static final Set<String> NOT_MAP_FIELDS = Set.of("id", "modified", "personas", "metrics", "stages", "lanes",
            "touchpoints", "connections", "opportunities");

    private final List<ItemChange> changes;
    private final Map<ItemKind, Map<String, ItemChange>> byId = new HashMap<>();

    private MapDiff(List<ItemChange> changes) {
        this.changes = List.copyOf(changes);
        for (ItemChange c : this.changes) {
            byId.computeIfAbsent(c.kind(), k -> new HashMap<>()).put(c.id(), c);
        }
    }

    /** What changed from {@code before} to {@code after}. */
    public static MapDiff between(JourneyMap before, JourneyMap after) {
        List<ItemChange> out = new ArrayList<>();
        List<FieldChange> own = RecordFields.changes(before, after, NOT_MAP_FIELDS);
        if (!own.isEmpty()) {
            out.add(new ItemChange(ItemKind.MAP, after.id(), after.title(), ItemChange.Status.CHANGED, null, null,
                    false, own));
        }
        for (ItemKind kind : ItemKind.LISTED) {
            compare(kind, before, after, out);
        }
        return new MapDiff(out);
    }

    private static void compare(ItemKind kind, JourneyMap before, JourneyMap after, List<ItemChange> out) {
        List<? extends Record> older = kind.items(before);
        List<? extends Record> newer = kind.items(after);
        if (older == newer) {
            return; // shared, as an edit leaves the lists it did not touch
        }
        Map<String, Record> olderById = byId(older);
        Map<String, Record> newerById = byId(newer);
        Places places = kind.isArranged() ? Places.of(kind, before, after) : Places.NONE;
        Set<String> skip = new HashSet<>(kind.placeFields());
        skip.add("id");
        for (Record item : newer) {
            String id = ItemKind.id(item);
            Record old = olderById.get(id);
            if (old == null) {
                out.add(new ItemChange(kind, id, kind.title(item), ItemChange.Status.ADDED, null,
                        places.after(id), false, List.of()));
                continue;
            }
            boolean moved = places.moved(id);
            if (old.equals(item) && !moved) {
                continue;
            }
            List<FieldChange> fields = RecordFields.changes(old, item, skip);
            if (moved || !fields.isEmpty()) {
                out.add(new ItemChange(kind, id, kind.title(item), ItemChange.Status.CHANGED, places.before(id),
                        places.after(id), moved, fields));
            }
        }
        for (Record item : older) {
            String id = ItemKind.id(item);
            if (!newerById.containsKey(id)) {
                out.add(new ItemChange(kind, id, kind.title(item), ItemChange.Status.REMOVED, places.before(id),
                        null, false, List.of()));
            }
        }
    }

    static Map<String, Record> byId(List<? extends Record> items) {
        Map<String, Record> out = HashMap.newHashMap(items.size());
        for (Record item : items) {
            out.put(ItemKind.id(item), item);
        }
        return out;
    }

    /** Every change: the map's own first, then personas, metrics, stages, lanes, cards, connections, opportunities. */
    public List<ItemChange> changes() {
        return changes;
    }

    /** Whether the two maps hold the same things in the same places. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of one kind of item. */
    public List<ItemChange> of(ItemKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The change of one item, if it differs. */
    public Optional<ItemChange> find(ItemKind kind, String id) {
        return Optional.ofNullable(byId.getOrDefault(kind, Map.of()).get(id));
    }

    /** The change of one card, if it differs: what the compare view badges it with. */
    public Optional<ItemChange> touchpoint(String id) {
        return find(ItemKind.TOUCHPOINT, id);
    }

    /** How many changes there are of each status, for a summary line. */
    public long count(ItemChange.Status status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + changes;
    }

    /** Where each arranged item stands in both maps and which of those in both moved. */
    private record Places(Map<String, Place> older, Map<String, Place> newer, Set<String> movedIds) {
        static final Places NONE = new Places(Map.of(), Map.of(), Set.of());

        static Places of(ItemKind kind, JourneyMap before, JourneyMap after) {
            Map<String, Place> older = places(kind, before);
            Map<String, Place> newer = places(kind, after);
            Set<String> moved = new HashSet<>();
            // Items in both maps and in the same cell (or list), grouped by cell, in the newer map's order.
            Map<List<String>, List<String>> kept = new HashMap<>();
            for (Record item : kind.items(after)) {
                String id = ItemKind.id(item);
                Place was = older.get(id);
                if (was == null) {
                    continue;
                }
                Place is = newer.get(id);
                if (!was.sameCell(is)) {
                    moved.add(id);
                } else {
                    kept.computeIfAbsent(Arrays.asList(is.stageId(), is.laneId()),
                            k -> new ArrayList<>()).add(id);
                }
            }
            for (List<String> ids : kept.values()) {
                int[] oldPositions = new int[ids.size()];
                for (int i = 0; i < oldPositions.length; i++) {
                    oldPositions[i] = older.get(ids.get(i)).index();
                }
                boolean[] inOrder = KeptOrder.kept(oldPositions);
                for (int i = 0; i < inOrder.length; i++) {
                    if (!inOrder[i]) {
                        moved.add(ids.get(i));
                    }
                }
            }
            return new Places(older, newer, moved);
        }

        private static Map<String, Place> places(ItemKind kind, JourneyMap map) {
            List<? extends Record> items = kind.items(map);
            Map<String, Place> out = HashMap.newHashMap(items.size());
            if (kind != ItemKind.TOUCHPOINT) {
                for (int i = 0; i < items.size(); i++) {
                    out.put(ItemKind.id(items.get(i)), Place.at(i));
                }
                return out;
            }
            Map<List<String>, int[]> counters = new HashMap<>();
            for (Record item : items) {
                Touchpoint t = (Touchpoint) item;
                int[] next = counters.computeIfAbsent(List.of(t.stageId(), t.laneId()), k -> new int[1]);
                out.put(t.id(), new Place(t.stageId(), t.laneId(), next[0]++));
            }
            return out;
        }

        Place before(String id) {
            return older.get(id);
        }

        Place after(String id) {
            return newer.get(id);
        }

        boolean moved(String id) {
            return movedIds.contains(id);
        }
    }
}
