package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A map file could not be read; carries every located problem found and, when they are only values
 * out of their rules, the map with those values mended ({@link fi.polku.model.MapRepair}).
 */
public final class MapFileException extends Exception {
    private final transient List<Problem> problems;
    private final transient JourneyMap repaired;

    public MapFileException(List<Problem> problems) {
        this(problems, null);
    }

    /** Problems of values only, which {@code repaired} mends; the file itself is well-formed. */
    public MapFileException(List<Problem> problems, JourneyMap repaired) {
        this.problems = List.copyOf(problems);
        this.repaired = repaired;
    }

    public MapFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The map with every problem mended, when the file can be opened that way ("open with problems listed"). */
    public Optional<JourneyMap> repaired() {
        return Optional.ofNullable(repaired);
    }

    /**
     * Every problem on a line of its own, in the user-interface language; made when asked for, because
     * a fuzzed or broken file is often refused without anyone reading why.
     */
    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.in(Localization.ui())).collect(Collectors.joining("\n"));
    }
}
