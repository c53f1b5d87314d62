package fi.polku.model;

import fi.polku.text.Localization;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words for feelings a map offers, each on the same −3..+3 axis as a touchpoint's emotion: the map's
 * own vocabulary, or when it has none the built-in one, named in a language (frustrated / turhautunut −3
 * … delighted / ilahtunut +3). A built-in feeling keeps its id in every language, so a map that later
 * takes the built-ins as its own vocabulary keeps every card's feeling.
 */
public final class FeelingVocabulary {
    /** One built-in feeling: its id (also its text key {@code feeling.ID}) and its place on the axis. */
    private record BuiltIn(String id, double emotion) {
    }

    private static final List<BuiltIn> BUILT_INS = List.of(
            new BuiltIn("frustrated", -3), new BuiltIn("disappointed", -2), new BuiltIn("anxious", -2),
            new BuiltIn("confused", -1), new BuiltIn("indifferent", 0), new BuiltIn("relieved", 1),
            new BuiltIn("confident", 1), new BuiltIn("satisfied", 2), new BuiltIn("valued", 2),
            new BuiltIn("delighted", 3));

    private FeelingVocabulary() {
    }

    /** The built-in vocabulary with its names in {@code language}, from the most negative feeling up. */
    public static List<Feeling> builtIn(Locale language) {
        return BUILT_INS.stream().map(b -> new Feeling(b.id(), Localization.text(language, "feeling." + b.id()),
                b.emotion())).toList();
    }

    /** The map's own vocabulary, or the built-in one named in {@code language} when the map has none. */
    public static List<Feeling> of(JourneyMap map, Locale language) {
        return map.feelings().isEmpty() ? builtIn(language) : map.feelings();
    }

    /** The feeling {@code id} of the map's vocabulary, or empty for null or an id it does not have. */
    public static Optional<Feeling> find(JourneyMap map, String id, Locale language) {
        if (id == null) {
            return Optional.empty();
        }
        return of(map, language).stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
