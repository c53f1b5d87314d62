package fi.polku.io.survey;

import fi.polku.io.Problem;

/** A survey file could not be read at all (unreadable, not a spreadsheet, no header row...). */
public final class SurveyFileException extends Exception {
    private final transient Problem problem;

    public SurveyFileException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public SurveyFileException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
