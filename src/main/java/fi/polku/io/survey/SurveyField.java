package fi.polku.io.survey;

import java.util.List;

/** A column a survey file can have; one row of the file is one answer. */
public enum SurveyField {
    TOUCHPOINT(true, "touchpoint", "kosketuspiste"),
    METRIC(true, "metric", "mittari"),
    VALUE(true, "value", "arvo", "answer", "vastaus"),
    DATE(false, "date", "päivämäärä", "pvm"),
    RESPONDENT(false, "respondent", "vastaaja"),
    CHANNEL(false, "channel", "kanava");

    private final boolean required;
    private final List<String> headers;

    SurveyField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The header names recognised without a mapping (matched ignoring case); the first is the usual one. */
    public List<String> headers() {
        return headers;
    }
}
