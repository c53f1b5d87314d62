package fi.polku.io.survey;

import fi.polku.text.Text;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The survey tool that wrote a wide file, known by its metadata columns: which column holds the answer
 * date and the date formats that tool writes there. A header of none of them is {@link #OTHER}.
 */
public enum SurveyTool {
    /** Three header rows: field ids, question texts, {@code {"ImportId":...}}; dates 2026-11-03 10:15:22. */
    QUALTRICS(Set.of("responseid", "startdate", "recordeddate"),
            List.of("recordeddate", "recorded date", "enddate", "end date", "startdate", "start date"),
            "2026-11-03 10:15:22", "uuuu-MM-dd", "M/d/uuuu"),
    /** Two header rows, the second "Response", "Open-Ended Response" or option labels; US dates. */
    SURVEYMONKEY(Set.of("respondent id", "collector id"), List.of("end date", "start date"),
            "11/03/2026 10:15:22 AM", "M/d/uuuu", "uuuu-MM-dd"),
    /** Finnish or English headers; Excel date cells come out as ISO dates. */
    MICROSOFT_FORMS(Set.of("completion time", "valmistumisaika"),
            List.of("completion time", "valmistumisaika", "start time", "aloitusaika"),
            "11/3/26 10:15:22", "uuuu-MM-dd", "M/d/uuuu", "M/d/uu", "d.M.uuuu"),
    /** A "Timestamp" ("Aikaleima") column; the CSV download writes 2026/11/03 10:15:22 AM EET. */
    GOOGLE_FORMS(Set.of("timestamp", "aikaleima"), List.of("timestamp", "aikaleima"),
            "2026/11/03 10:15:22 AM EET", "uuuu/M/d", "d.M.uuuu", "M/d/uuuu", "uuuu-MM-dd"),
    /** Finnish respondent and time columns ("Vastaaja", "Vastausaika"); dates 3.11.2026 10.15.22. */
    WEBROPOL(Set.of("vastaaja", "vastaajan numero", "vastaajan tunnus", "vastausaika", "lopetusaika"),
            List.of("vastausaika", "lopetusaika", "vastauspäivä", "aloitusaika"),
            "3.11.2026 10.15.22", "d.M.uuuu", "uuuu-MM-dd"),
    /** Typeform: "#" (the response token), the questions, then Start Date (UTC), Submit Date (UTC), Network ID. */
    TYPEFORM(Set.of("submit date (utc)", "network id"), List.of("submit date (utc)", "start date (utc)"),
            "2026-11-03 10:15:22", "uuuu-MM-dd", "M/d/uuuu"),
    /** A wide file of no known tool: a date column by its usual English or Finnish name. */
    OTHER(Set.of(), List.of("date", "päivämäärä", "pvm", "timestamp", "aikaleima"),
            "2026-11-03, 3.11.2026", "uuuu-MM-dd", "d.M.uuuu", "uuuu/M/d");

    /** Columns that describe the respondent or the response rather than answer a question, in any tool. */
    private static final Set<String> METADATA = Set.of(
            // Qualtrics field ids, then their texts.
            "startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
            "recordeddate", "responseid", "recipientlastname", "recipientfirstname", "recipientemail",
            "externalreference", "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
            "start date", "end date", "response type", "ip address", "recorded date", "response id",
            "recipient last name", "recipient first name", "recipient email", "external data reference",
            "location latitude", "location longitude", "distribution channel", "user language",
            // SurveyMonkey.
            "respondent id", "collector id", "email address", "first name", "last name",
            // Google Forms.
            "timestamp", "aikaleima", "sähköpostiosoite", "score", "pisteet",
            // Microsoft Forms, English and Finnish.
            "id", "start time", "completion time", "email", "name", "last modified time", "total points",
            "quiz feedback", "tunnus", "aloitusaika", "valmistumisaika", "sähköposti", "nimi", "viimeksi muokattu",
            "viimeksi muokattu aika", "pisteet yhteensä",
            // Webropol.
            "vastaaja", "vastaajan numero", "vastaajan tunnus", "vastausaika", "lopetusaika", "vastauspäivä",
            "vastauspäivämäärä", "kesto", "ip-osoite",
            // Typeform.
            "#", "start date (utc)", "stage date (utc)", "submit date (utc)", "network id", "tags",
            // Any file.
            "date", "päivämäärä", "pvm", "respondent", "channel", "kanava");
    private static final Pattern MORE_METADATA = Pattern.compile("custom data \\d+|custom variable \\d+");
    /** Columns a tool computes from others (Qualtrics Q1_NPS_GROUP, display orders, scores). */
    private static final Pattern DERIVED = Pattern.compile("(?i).+_NPS_GROUP|.+_DO(_\\d+)?|SC\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> marks;
    private final List<String> dateColumns;
    private final String example;
    private final List<DateTimeFormatter> formats;

    SurveyTool(Set<String> marks, List<String> dateColumns, String example, String... patterns) {
        this.marks = marks;
        this.dateColumns = dateColumns;
        this.example = example;
        this.formats = java.util.Arrays.stream(patterns).map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT)).toList();
    }

    /** The tool whose metadata columns a header row has, or {@link #OTHER}. */
    public static SurveyTool recognise(List<String> header) {
        for (SurveyTool tool : values()) {
            if (header.stream().map(SurveyTool::key).anyMatch(tool.marks::contains)) {
                return tool;
            }
        }
        return OTHER;
    }

    /** The tool's name as shown to a person (product names are not translated; "other" is). */
    public Text displayName() {
        return Text.of("io.survey.tool." + name());
    }

    /** Whether a header text or field id names a metadata column, which answers no question. */
    public static boolean isMetadata(String header) {
        String k = key(header);
        return METADATA.contains(k) || MORE_METADATA.matcher(k).matches();
    }

    /** Whether a field id or header text names a column a tool derives from another, e.g. Q1_NPS_GROUP. */
    public static boolean isDerived(String header) {
        return header != null && DERIVED.matcher(header.strip()).matches();
    }

    /** The header names of this tool's answer-date column, the preferred first. */
    List<String> dateColumns() {
        return dateColumns;
    }

    /** A date as this tool writes it, for messages. */
    String example() {
        return example;
    }

    /**
     * The date of a timestamp cell as this tool writes it; the time of day and any zone after the date are
     * passed over, since the date as written is the answer's date.
     *
     * @return the date, or null for a blank cell
     * @throws SurveyInputException when the cell holds no date in any of the tool's formats
     */
    LocalDate date(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : formats) {
            ParsePosition at = new ParsePosition(0);
            try {
                TemporalAccessor parsed = f.parse(s, at);
                int end = at.getIndex();
                if (end == s.length() || s.charAt(end) == ' ' || s.charAt(end) == 'T' || s.charAt(end) == ',') {
                    return LocalDate.from(parsed);
                }
            } catch (java.time.DateTimeException e) {
                // Not this format; the next may fit.
            }
        }
        throw new SurveyInputException("io.survey.wide.badDate", s, example);
    }

    static String key(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
