package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Text;

/**
 * A wide survey file was given without saying which question column feeds which touchpoint and metric;
 * carries the file's layout so that the caller can list its question columns in its own words.
 */
public final class NeedsQuestionsException extends SurveyFileException {
    private final transient WideLayout layout;

    NeedsQuestionsException(String source, int line, WideLayout layout) {
        super(new Problem(source, line, 1, "", Text.of("io.survey.wide.needsQuestions",
                layout.tool().displayName(), String.join(", ", layout.describeQuestions()))));
        this.layout = layout;
    }

    /** The file's layout, its question columns among it. */
    public WideLayout layout() {
        return layout;
    }
}
