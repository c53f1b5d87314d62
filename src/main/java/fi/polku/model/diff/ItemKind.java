package fi.polku.model.diff;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;


/**
 * The kinds of thing a map holds that a difference or a merge matches by id, each with how to read its list
 * from a map, put a list back, name one item for a person, and which of its fields are not compared as fields.
 */
public enum ItemKind {
    /** The map's own properties (title, language, brand...); its one item is the map. */
    MAP(null, null, null, Set.of()),
    PERSONA(JourneyMap::personas, (m, l) -> m.withPersonas(cast(l)), r -> ((Persona) r).name(), Set.of()),
    METRIC(JourneyMap::metrics, (m, l) -> m.withMetrics(cast(l)), r -> ((MetricDefinition) r).name(), Set.of()),
    STAGE(JourneyMap::stages, (m, l) -> m.withStages(cast(l)), r -> ((Stage) r).name(), Set.of()),
    LANE(JourneyMap::lanes, (m, l) -> m.withLanes(cast(l)), r -> ((Lane) r).name(), Set.of()),
    // A card's cell is its place, reported as a move, not as two changed fields.
    TOUCHPOINT(JourneyMap::touchpoints, (m, l) -> m.withTouchpoints(cast(l)), r -> ((Touchpoint) r).title(),
            Set.of("stageId", "laneId")),
    CONNECTION(JourneyMap::connections, (m, l) -> m.withConnections(cast(l)), r -> ((Connection) r).label(),
            Set.of()),
    OPPORTUNITY(JourneyMap::opportunities, (m, l) -> m.withOpportunities(cast(l)),
            r -> ((Opportunity) r).text(), Set.of());

    /** The kinds kept in lists, in the order a difference lists them. */
    public static final List<ItemKind> LISTED = List.of(PERSONA, METRIC, STAGE, LANE, TOUCHPOINT, CONNECTION,
            OPPORTUNITY);

    private final Function<JourneyMap, List<? extends Record>> items;
    private final BiFunction<JourneyMap, List<Record>, JourneyMap> replace;
    private final Function<Record, String> title;
    private final Set<String> placeFields;

    ItemKind(Function<JourneyMap, List<? extends Record>> items,
             BiFunction<JourneyMap, List<Record>, JourneyMap> replace, Function<Record, String> title,
             Set<String> placeFields) {
        this.items = items;
        this.replace = replace;
        this.title = title;
        this.placeFields = placeFields;
    }

    /** The name machine-readable output uses; it never changes with the language. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The items of this kind in {@code map}, in the map's order. */
    public List<? extends Record> items(JourneyMap map) {
        return items.apply(map);
    }

    /** {@code map} with its items of this kind replaced by {@code list}. */
    JourneyMap withItems(JourneyMap map, List<Record> list) {
        return replace.apply(map, list);
    }

    /** What a person calls the item: a card's title, a stage's name, an opportunity's text. */
    public String title(Record item) {
        return item instanceof JourneyMap map ? map.title() : title.apply(item);
    }

    /** The item's stable id. */
    public static String id(Record item) {
        return switch (item) {
            case JourneyMap m -> m.id();
            case Persona p -> p.id();
            case MetricDefinition m -> m.id();
            case Stage s -> s.id();
            case Lane l -> l.id();
            case Touchpoint t -> t.id();
            case Connection c -> c.id();
            case Opportunity o -> o.id();
            default -> throw new IllegalArgumentException("Not a map item: " + item.getClass());
        };
    }

    /** Fields that say where the item is rather than what it is; compared as a move. */
    Set<String> placeFields() {
        return placeFields;
    }

    /** Whether the order of the items is something a person sees and arranges (columns, rows, cards). */
    public boolean isArranged() {
        return this == STAGE || this == LANE || this == TOUCHPOINT;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Record> list) {
        return (List<T>) list;
    }
}
