package fi.polku.model.diff;

import fi.polku.model.JourneyMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives new ids to things they added that clash with different things we added under the same id. Ids are
 * handed out in sequence ("t21" after "t20"), so two people who each add a card to one file make two "t21"s;
 * they are two cards, not one card changed two ways. Their references to a renamed id are renamed with it.
 */
final class IdRenames {
    /** Kinds whose ids are made by the editor's sequence; a custom metric's id is a name people chose and reuse. */
    private static final Set<ItemKind> SEQUENCED = Set.of(ItemKind.PERSONA, ItemKind.STAGE, ItemKind.LANE,
            ItemKind.TOUCHPOINT, ItemKind.CONNECTION, ItemKind.OPPORTUNITY);
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d{1,17})");
    private static final Set<String> REFERENCE_NAMES = Set.of("id", "from", "to", "touchpoint");

    private IdRenames() {
    }

    /** {@code theirs} with every clashing addition renamed, or {@code theirs} itself when none clashes. */
    static JourneyMap apart(JourneyMap base, JourneyMap ours, JourneyMap theirs) {
        Set<String> baseIds = ids(base);
        Map<String, Record> ourItems = new HashMap<>();
        for (ItemKind kind : ItemKind.LISTED) {
            ourItems.putAll(MapDiff.byId(kind.items(ours)));
        }
        List<String> clashes = new ArrayList<>();
        for (ItemKind kind : SEQUENCED) {
            for (Record item : kind.items(theirs)) {
                String id = ItemKind.id(item);
                Record mine = ourItems.get(id);
                if (mine != null && !baseIds.contains(id) && !mine.equals(item)) {
                    clashes.add(id);
                }
            }
        }
        if (clashes.isEmpty()) {
            return theirs;
        }
        Set<String> taken = ids(base);
        taken.addAll(ids(ours));
        taken.addAll(ids(theirs));
        Map<String, String> renames = new HashMap<>();
        for (String id : clashes) {
            renames.put(id, fresh(id, taken));
        }
        return (JourneyMap) rewrite(theirs, "", renames);
    }

    /** The next free id after the largest one with the same prefix, as the editor would make. */
    private static String fresh(String id, Set<String> taken) {
        Matcher m = NUMBERED.matcher(id);
        String prefix = m.matches() ? m.group(1) : id + "-";
        long n = m.matches() ? Long.parseLong(m.group(2)) : 1;
        String candidate;
        do {
            n++;
            candidate = prefix + n;
        } while (taken.contains(candidate));
        taken.add(candidate);
        return candidate;
    }

    private static Set<String> ids(JourneyMap map) {
        Set<String> out = new HashSet<>();
        for (ItemKind kind : ItemKind.LISTED) {
            for (Record item : kind.items(map)) {
                out.add(ItemKind.id(item));
            }
        }
        return out;
    }

    /**
     * The value with every id in {@code renames} replaced where a field holds an id: one named {@code id}, ending
     * in {@code Id} or {@code Ids}, or an arrow's or a dot's {@code from}, {@code to} and {@code touchpoint}.
     * Walks records and lists generically, so that a reference field added later is renamed too.
     */
    private static Object rewrite(Object value, String field, Map<String, String> renames) {
        return switch (value) {
            case String s when isReference(field) -> renames.getOrDefault(s, s);
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                boolean changed = false;
                for (Object element : list) {
                    Object renamed = rewrite(element, field, renames);
                    changed |= renamed != element;
                    out.add(renamed);
                }
                yield changed ? out : list;
            }
            case Record record -> {
                Object[] values = RecordFields.values(record);
                List<String> names = RecordFields.names(record.getClass());
                boolean changed = false;
                for (int i = 0; i < values.length; i++) {
                    Object renamed = rewrite(values[i], names.get(i), renames);
                    changed |= !Objects.equals(renamed, values[i]);
                    values[i] = renamed;
                }
                yield changed ? RecordFields.build(record.getClass(), values) : record;
            }
            case null, default -> value;
        };
    }

    private static boolean isReference(String field) {
        return REFERENCE_NAMES.contains(field) || field.endsWith("Id") || field.endsWith("Ids");
    }
}
