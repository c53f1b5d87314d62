package fi.polku.io;

import java.util.List;
import java.util.stream.Collectors;

/** A map file could not be read; carries every located problem found. */
public final class MapFileException extends Exception {
    private final transient List<Problem> problems;

    public MapFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public MapFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
