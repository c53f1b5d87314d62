package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Localization;

/** A survey file could not be read at all (unreadable, not a spreadsheet, no header row...). */
public class SurveyFileException extends Exception {
    private final transient Problem problem;

    public SurveyFileException(Problem problem) {
        this.problem = problem;
    }

    public SurveyFileException(Problem problem, Throwable cause) {
        super(cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The located problem in the user-interface language. */
    @Override
    public String getMessage() {
        return problem.in(Localization.ui());
    }
}
