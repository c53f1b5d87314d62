package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a copy of each touchpoint right after it in its cell. {@code copyIds} pairs with {@code ids}
 * and lets the canvas select the copies.
 */
public record DuplicateTouchpoints(List<String> ids, List<String> copyIds) implements Command {
    public DuplicateTouchpoints {
        ids = List.copyOf(ids);
        copyIds = List.copyOf(copyIds);
        if (ids.size() != copyIds.size()) {
            throw new IllegalArgumentException("One copy id is needed per touchpoint");
        }
        if (Set.copyOf(copyIds).size() != copyIds.size() || Set.copyOf(ids).size() != ids.size()) {
            throw new IllegalArgumentException("Touchpoint and copy ids must not repeat");
        }
    }

    /** Duplicates the given touchpoints that exist in {@code map}, with fresh ids for the copies. */
    public static DuplicateTouchpoints of(JourneyMap map, List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        IdGenerator fresh = new IdGenerator(map);
        List<String> sources = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            if (wanted.contains(t.id())) {
                sources.add(t.id());
                copies.add(fresh.next(IdGenerator.TOUCHPOINT));
            }
        }
        return new DuplicateTouchpoints(sources, copies);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Map<String, String> copyOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            copyOf.put(ids.get(i), copyIds.get(i));
        }
        IdGenerator existing = new IdGenerator(map);
        List<Touchpoint> out = new ArrayList<>(map.touchpoints().size() + ids.size());
        for (Touchpoint t : map.touchpoints()) {
            out.add(t);
            String copyId = copyOf.get(t.id());
            if (copyId != null) {
                if (existing.isTaken(copyId)) {
                    throw new IllegalArgumentException("Id \"" + copyId + "\" is already used in the map");
                }
                out.add(t.withId(copyId));
            }
        }
        return out.size() == map.touchpoints().size() ? map : map.withTouchpoints(out);
    }

    @Override
    public Text description() {
        return Text.of("step.duplicateTouchpoints", ids.size());
    }
}
