package fi.polku.io;

import fi.polku.text.Localization;

import java.util.List;
import java.util.stream.Collectors;

/** A map file could not be read; carries every located problem found. */
public final class MapFileException extends Exception {
    private final transient List<Problem> problems;

    public MapFileException(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    public MapFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
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
