package fi.polku.io.survey;

import fi.polku.metrics.AnswerScale;
import fi.polku.model.MetricDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/** Reads one answer cell and one date cell as written in survey exports (decimal comma, kyllä/ei...). */
final class AnswerParser {
    private static final Set<String> YES = Set.of("1", "yes", "y", "true", "kyllä", "k", "resolved");
    private static final Set<String> NO = Set.of("0", "no", "n", "false", "ei", "e", "unresolved");
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private AnswerParser() {
    }

    /**
     * The answer as a number; FCR answers may also be yes/no words.
     *
     * @throws SurveyInputException with the reason when the text is no answer
     */
    static double value(String text, AnswerScale scale) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new SurveyInputException("io.survey.noAnswer", scale.metric().name());
        }
        if (scale.metric().builtIn() && scale.id().equals(MetricDefinition.FCR) || scale.metric().isYesNo()) {
            String word = s.toLowerCase(Locale.ROOT);
            if (YES.contains(word)) {
                return 1;
            }
            if (NO.contains(word)) {
                return 0;
            }
            throw scale.metric().isYesNo() ? new SurveyInputException("io.survey.notYesNo", scale.metric().name(), s)
                    : new SurveyInputException("io.survey.fcrNotYesNo", s);
        }
        // A decimal comma is the Finnish (and Excel-in-Finnish) way of writing 4.5.
        String number = s.indexOf('.') < 0 ? s.replace(',', '.') : s;
        try {
            return new BigDecimal(number).doubleValue();
        } catch (NumberFormatException e) {
            throw new SurveyInputException("io.survey.notANumber", scale.metric().name(), s);
        }
    }

    /**
     * The date of an answer, or null for an empty cell. Accepts 2026-09-30, 2026-09-30T12:00 and 30.9.2026.
     *
     * @throws SurveyInputException when the text is not such a date
     */
    static LocalDate date(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.contains(".")) {
                return LocalDate.parse(s, FINNISH_DATE);
            }
            return LocalDate.parse(s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')
                    ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new SurveyInputException("io.survey.badDate", s);
        }
    }
}
