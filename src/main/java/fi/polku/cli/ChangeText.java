package fi.polku.cli;

import fi.polku.model.JourneyMap;
import fi.polku.model.diff.FieldChange;
import fi.polku.model.diff.ItemKind;
import fi.polku.model.diff.MergeConflict;
import fi.polku.model.diff.Place;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts the parts of a difference or a merge conflict into words for the command line: an item's kind and name, a
 * field's name, a value, a card's cell. Shared by {@code polku diff} and {@code polku merge}.
 */
final class ChangeText {
    /** Longer texts are cut in a one-line listing; the whole value is in the JSON. */
    private static final int LONGEST_TEXT = 60;

    private final Locale language;

    ChangeText(Locale language) {
        this.language = language;
    }

    /** {@code Touchpoint "Laskun haku" (t12)}, or {@code Map "Title"} for the map itself. */
    String item(ItemKind kind, String id, String title) {
        String name = Localization.text(language, "cli.diff.kind." + kind.name());
        return kind == ItemKind.MAP ? Localization.format(language, "cli.diff.map", name, quoted(title))
                : Localization.format(language, "cli.diff.item", name, quoted(title), id);
    }

    /** What a person calls a field; a field added to the model later shows its file name until it has words. */
    String field(String name) {
        String key = "cli.diff.field." + name;
        return Localization.has(key) ? Localization.text(language, key) : name;
    }

    /** A field's two values, {@code "old" → "new"}, or that it changed when its values are not one-liners. */
    String change(FieldChange change) {
        String before = value(change.before());
        String after = value(change.after());
        return before == null || after == null
                ? Localization.format(language, "cli.diff.fieldChanged", field(change.field()))
                : Localization.format(language, "cli.diff.fieldChange", field(change.field()), before, after);
    }

    /** A card's cell as {@code Stage / Lane}, or a stage's or lane's position (1 first). */
    String place(Place place, JourneyMap map) {
        if (place.stageId() == null) {
            return Localization.format(language, "cli.diff.position", place.index() + 1);
        }
        String stage = map.stage(place.stageId()).map(s -> s.name()).orElse(place.stageId());
        String lane = map.lane(place.laneId()).map(l -> l.name()).orElse(place.laneId());
        return Localization.format(language, "cli.diff.cell", stage, lane);
    }

    /** One conflict of a merge: where it is and both sides' values; {@code map} names a card's cells. */
    String conflict(MergeConflict c, JourneyMap map) {
        String where = item(c.kind(), c.id(), c.title());
        return switch (c.type()) {
            case BOTH_CHANGED -> Localization.format(language, "cli.merge.bothChanged", where, field(c.field()),
                    orChanged(c.field(), c.ours(), map), orChanged(c.field(), c.theirs(), map));
            case DELETED_BY_OURS -> Localization.format(language, "cli.merge.deletedByOurs", where);
            case DELETED_BY_THEIRS -> Localization.format(language, "cli.merge.deletedByTheirs", where);
        };
    }

    private String orChanged(String field, Object value, JourneyMap map) {
        String text = field.equals(MergeConflict.CELL) && value instanceof List<?> cell
                ? place(new Place(String.valueOf(cell.get(0)), String.valueOf(cell.get(1)), 0), map) : value(value);
        return text == null ? Localization.text(language, "cli.merge.changedValue") : text;
    }

    /** A value on one line, or null when it is a whole structure (a brand, a voting round) shown as changed. */
    String value(Object value) {
        return switch (value) {
            case null -> Localization.text(language, "cli.diff.value.none");
            case String s when s.isEmpty() -> Localization.text(language, "cli.diff.value.none");
            case String s -> quoted(s);
            case Double d -> Formats.number(language, d, 2);
            case Number n -> Formats.number(language, n.doubleValue(), 2);
            case Boolean b -> Localization.text(language, b ? "cli.diff.value.yes" : "cli.diff.value.no");
            case Enum<?> e -> enumName(e);
            case LocalDate d -> Formats.date(language, d);
            case TemporalAccessor t -> t.toString();
            case Collection<?> list when list.stream().allMatch(String.class::isInstance) ->
                    list.isEmpty() ? Localization.text(language, "cli.diff.value.none")
                            : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
            case Collection<?> list -> Localization.format(language, "cli.diff.value.count", list.size());
            case Map<?, ?> map -> map.isEmpty() ? Localization.text(language, "cli.diff.value.none")
                    : map.entrySet().stream().map(e -> e.getKey() + " " + value(e.getValue()))
                    .collect(Collectors.joining(", "));
            default -> null;
        };
    }

    /** An enum value in words: the model's own key (EvidenceLevel.OBSERVED, LaneKind.CHANNEL), else ours. */
    private String enumName(Enum<?> e) {
        String modelKey = e.getDeclaringClass().getSimpleName() + "." + e.name();
        String ownKey = "cli.diff.value." + e.name();
        return Localization.has(modelKey) ? Localization.text(language, modelKey)
                : Localization.has(ownKey) ? Localization.text(language, ownKey) : e.name().toLowerCase(Locale.ROOT);
    }

    private String quoted(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() > LONGEST_TEXT) {
            line = line.substring(0, LONGEST_TEXT - 1) + "…";
        }
        return Localization.format(language, "cli.diff.quoted", line);
    }
}
