package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.Problem;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.text.Localization;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems in files (a map that cannot be opened, rejected survey rows): one located line each. */
final class MapProblems {
    private MapProblems() {
    }

    static void print(MapFileException e, PrintWriter err) {
        if (e.problems().isEmpty()) {
            err.println(e.getMessage());
        }
        print(e.problems(), err);
        if (e.repaired().isPresent() && !e.problems().isEmpty()) {
            err.println(Localization.format("cli.repairHint", e.problems().getFirst().file()));
        }
        err.flush();
    }

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.println(line(p));
        }
    }

    /** The rejected rows of a survey file, and how many more there were beyond those kept. */
    static void printRejected(SurveyImportResult result, PrintWriter err) {
        print(result.rejected(), err);
        long unreported = result.rejectedCount() - result.rejected().size();
        if (unreported > 0) {
            err.println(Localization.format("cli.survey.moreRejected", result.source(), unreported));
        }
    }

    /** The one line of a problem, {@code FILE:LINE:COL: what}, in the user's language. */
    static String line(Problem p) {
        return p.in(Localization.ui());
    }
}
