package fi.polku.model.diff;

import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of one kind of item after a three-way merge. One side's order is kept (ours, unless only they
 * rearranged the list); the other side's additions and moves are put in after the item they follow on that side
 * in the same cell, and after any cards the first side added there, so that when both add cards at the end of
 * one cell ours come first and theirs after, each in their own order.
 */
final class ItemOrder {
    private static final Object ONE_GROUP = new Object();

    private final Map<String, String> next = new HashMap<>();
    private final Map<String, String> previous = new HashMap<>();
    private String head;
    private String tail;

    private ItemOrder() {
    }

    /**
     * The merged order of the items in {@code result}.
     *
     * @param movedByOurs   ids of items our side moved (another cell or out of order)
     * @param movedByTheirs ids of items their side moved
     */
    static List<Record> merge(List<String> base, List<String> ours, List<String> theirs,
                              Map<String, Record> result, Set<String> movedByOurs, Set<String> movedByTheirs) {
        boolean theirsLeads = ours.equals(base) && !theirs.equals(base);
        List<String> first = theirsLeads ? theirs : ours;
        List<String> second = theirsLeads ? ours : theirs;
        Set<String> movedByFirst = theirsLeads ? movedByTheirs : movedByOurs;
        Set<String> movedBySecond = theirsLeads ? movedByOurs : movedByTheirs;
        Set<String> inBase = new java.util.HashSet<>(base);
        Set<String> inSecond = new java.util.HashSet<>(second);

        ItemOrder order = new ItemOrder();
        for (String id : first) {
            order.append(id);
        }
        Map<Object, String> lastInGroup = new HashMap<>();
        for (String id : second) {
            Record item = result.get(id);
            if (item == null) {
                continue;
            }
            Object group = group(item);
            boolean present = order.contains(id);
            if (!present || movedBySecond.contains(id) && !movedByFirst.contains(id)) {
                if (present) {
                    order.remove(id);
                }
                String after = lastInGroup.get(group);
                if (after != null) {
                    // Past what the first side added there, so both sides' new cards stay in their own runs.
                    while (order.next.get(after) != null && addedByFirst(order.next.get(after), inBase, inSecond)) {
                        after = order.next.get(after);
                    }
                    order.insertAfter(after, id);
                } else {
                    order.insertBefore(order.firstIn(group, result), id);
                }
            }
            lastInGroup.put(group, id);
        }
        List<Record> out = new ArrayList<>(result.size());
        for (String id = order.head; id != null; id = order.next.get(id)) {
            Record item = result.get(id);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean addedByFirst(String id, Set<String> inBase, Set<String> inSecond) {
        return !inBase.contains(id) && !inSecond.contains(id);
    }

    /** Cards are ordered within their cell; other items within their whole list. */
    private static Object group(Record item) {
        return item instanceof Touchpoint t ? List.of(t.stageId(), t.laneId()) : ONE_GROUP;
    }

    private boolean contains(String id) {
        return id.equals(head) || previous.containsKey(id);
    }

    /** The first item of the group in the current order, or null (then an insertion goes at the end). */
    private String firstIn(Object group, Map<String, Record> result) {
        for (String id = head; id != null; id = next.get(id)) {
            Record item = result.get(id);
            if (item != null && group(item).equals(group)) {
                return id;
            }
        }
        return null;
    }

    private void append(String id) {
        if (contains(id)) {
            return; // a file with a repeated id: the validator reports it, the order keeps its first place
        }
        if (tail == null) {
            head = id;
        } else {
            next.put(tail, id);
            previous.put(id, tail);
        }
        tail = id;
    }

    private void insertAfter(String anchor, String id) {
        String following = next.get(anchor);
        next.put(anchor, id);
        previous.put(id, anchor);
        if (following == null) {
            tail = id;
        } else {
            next.put(id, following);
            previous.put(following, id);
        }
    }

    private void insertBefore(String anchor, String id) {
        if (anchor == null) {
            append(id);
        } else if (anchor.equals(head)) {
            next.put(id, head);
            previous.put(head, id);
            head = id;
        } else {
            insertAfter(previous.get(anchor), id);
        }
    }

    private void remove(String id) {
        String before = previous.remove(id);
        String after = next.remove(id);
        if (before == null) {
            head = after;
        } else if (after == null) {
            next.remove(before);
        } else {
            next.put(before, after);
        }
        if (after == null) {
            tail = before;
        } else if (before == null) {
            previous.remove(after);
        } else {
            previous.put(after, before);
        }
    }
}
