package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out ids such as "t17" that clash with no id anywhere in a map, nor with ids it handed out before.
 * Ids are unique across all kinds of element, so a touchpoint can never share an id with a stage.
 */
public final class IdGenerator {
    public static final String TOUCHPOINT = "t";
    public static final String STAGE = "s";
    public static final String LANE = "l";
    public static final String CONNECTION = "c";
    public static final String OPPORTUNITY = "o";
    public static final String PERSONA = "p";

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Long> nextNumber = new HashMap<>();

    public IdGenerator(JourneyMap map) {
        taken.add(map.id());
        map.stages().stream().map(Stage::id).forEach(taken::add);
        map.lanes().stream().map(Lane::id).forEach(taken::add);
        map.touchpoints().stream().map(Touchpoint::id).forEach(taken::add);
        map.connections().stream().map(Connection::id).forEach(taken::add);
        map.personas().stream().map(Persona::id).forEach(taken::add);
        map.metrics().stream().map(MetricDefinition::id).forEach(taken::add);
        map.opportunities().stream().map(Opportunity::id).forEach(taken::add);
    }

    /** One fresh id for {@code map}. */
    public static String next(JourneyMap map, String prefix) {
        return new IdGenerator(map).next(prefix);
    }

    /**
     * The prefix followed by one more than the largest number already used with it, so that ids grow
     * like "t1, t2, t3" in the order things were made, which keeps files readable and diffs small.
     */
    public String next(String prefix) {
        long n = nextNumber.computeIfAbsent(prefix, this::firstFree);
        String id = prefix + n;
        while (taken.contains(id)) {
            n++;
            id = prefix + n;
        }
        taken.add(id);
        nextNumber.put(prefix, n + 1);
        return id;
    }

    /** Whether {@code id} is used in the map or was handed out already. */
    public boolean isTaken(String id) {
        return taken.contains(id);
    }

    private long firstFree(String prefix) {
        long max = 0;
        for (String id : taken) {
            if (id.length() > prefix.length() && id.length() < prefix.length() + 18 && id.startsWith(prefix)) {
                long n = parseDigits(id, prefix.length());
                max = Math.max(max, n);
            }
        }
        return max + 1;
    }

    private static long parseDigits(String s, int from) {
        long n = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
