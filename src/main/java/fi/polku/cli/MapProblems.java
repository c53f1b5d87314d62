package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.Problem;
import fi.polku.text.Localization;

import java.io.PrintWriter;

/** Prints why a map file could not be opened: one located line per problem. */
final class MapProblems {
    private MapProblems() {
    }

    static void print(MapFileException e, PrintWriter err) {
        if (e.problems().isEmpty()) {
            err.println(e.getMessage());
        }
        for (Problem p : e.problems()) {
            err.println(p.in(Localization.ui()));
        }
        err.flush();
    }
}
