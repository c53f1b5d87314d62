package fi.polku.io.survey;

import fi.polku.text.Text;

/**
 * Something in a survey file cannot be used (a cell, a name, the header row), and why, as a text that
 * becomes a rejected row or a file problem; its words are made only if someone reads them.
 */
final class SurveyInputException extends IllegalArgumentException {
    private final transient Text reason;

    SurveyInputException(Text reason) {
        this.reason = reason;
    }

    SurveyInputException(String key, Object... args) {
        this(Text.of(key, args));
    }

    Text reason() {
        return reason;
    }

    /** The reason in the user-interface language. */
    @Override
    public String getMessage() {
        return reason.toString();
    }
}
