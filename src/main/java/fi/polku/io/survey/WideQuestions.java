package fi.polku.io.survey;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question columns of a wide file's first rows, each with a few sample answers and a suggested
 * touchpoint and metric, for the person who maps them: the touchpoint whose title the question's text fits
 * ({@link TitleSimilarity}), the metric its answers fit ({@link MetricGuess}). Pure.
 *
 * @param layout    the file's layout
 * @param questions one per question column, in file order
 * @param latest    the latest answer date among the rows, or null when they have none
 */
public record WideQuestions(WideLayout layout, List<Question> questions, LocalDate latest) {
    /** Sample answers shown per question. */
    public static final int SAMPLES = 3;

    /**
     * One question column.
     *
     * @param column     0-based column index
     * @param letter     its spreadsheet letter
     * @param text       its header text (field id when it has no text)
     * @param samples    up to {@link #SAMPLES} different answers from the first rows
     * @param answers    every non-blank answer of the first rows, for finding labels the table lacks
     * @param touchpoint the suggested touchpoint id, or null when no title fits well enough
     * @param metric     the suggested metric id, or null when the answers look like free text
     */
    public record Question(int column, String letter, String text, List<String> samples, List<String> answers,
                           String touchpoint, String metric) {
        public Question {
            samples = List.copyOf(samples);
            answers = List.copyOf(answers);
        }
    }

    public WideQuestions {
        questions = List.copyOf(questions);
    }

    /** Reads the layout from a preview's header and rows and suggests a mapping for each question. */
    public static WideQuestions of(SurveyPreview preview, JourneyMap map) {
        List<List<String>> all = new ArrayList<>();
        all.add(preview.header());
        all.addAll(preview.rows());
        WideLayout layout = WideLayout.detect(all.subList(0, Math.min(all.size(), WideLayout.MAX_HEADER_ROWS)));
        List<List<String>> data = all.subList(Math.min(all.size(), layout.headerRows()), all.size());
        List<Touchpoint> cards = map == null ? List.of() : map.touchpoints();
        List<String> titles = cards.stream().map(Touchpoint::title).toList();
        List<MetricDefinition> custom = map == null ? List.of() : map.metrics();
        List<Question> questions = new ArrayList<>();
        for (int column : layout.questionColumns()) {
            String text = layout.columns().text(column).isEmpty() ? layout.columns().fieldId(column)
                    : layout.columns().text(column);
            List<String> answers = new ArrayList<>();
            Set<String> samples = new LinkedHashSet<>();
            for (List<String> row : data) {
                String cell = column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
                if (!cell.isEmpty()) {
                    answers.add(cell);
                    if (samples.size() < SAMPLES) {
                        samples.add(cell);
                    }
                }
            }
            String metric = MetricGuess.guess(text, answers, custom);
            int card = metric == null ? -1 : TitleSimilarity.best(text, titles);
            questions.add(new Question(column, fi.polku.io.table.ColumnNames.letter(column), text,
                    List.copyOf(samples), answers, card < 0 ? null : cards.get(card).id(), metric));
        }
        return new WideQuestions(layout, questions, latest(layout, data));
    }

    private static LocalDate latest(WideLayout layout, List<List<String>> data) {
        LocalDate latest = null;
        int column = layout.dateColumn();
        for (List<String> row : data) {
            if (column < 0 || column >= row.size()) {
                continue;
            }
            try {
                LocalDate d = layout.tool().date(row.get(column));
                latest = d == null || latest != null && latest.isAfter(d) ? latest : d;
            } catch (SurveyInputException e) {
                // A bad date is reported when the file is read; here it only cannot name the round.
            }
        }
        return latest;
    }

    /**
     * The answers of the first rows that {@code labels} cannot read for the metric chosen for their column,
     * each once, in the order met.
     *
     * @param metrics the chosen metric per column index; columns left out are not imported
     */
    public List<String> unknownLabels(Map<Integer, MetricDefinition> metrics, LabelTable labels) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Question q : questions) {
            MetricDefinition metric = metrics.get(q.column());
            if (metric != null) {
                q.answers().stream().filter(a -> !labels.reads(a, metric)).forEach(unknown::add);
            }
        }
        return List.copyOf(unknown);
    }

    /** A name for the round the answers were given in, by season and year of the latest date ("Syksy 2026"). */
    public Text suggestedRound() {
        if (latest == null) {
            return null;
        }
        String season = switch (latest.getMonthValue()) {
            case 12, 1, 2 -> "winter";
            case 3, 4, 5 -> "spring";
            case 6, 7, 8 -> "summer";
            default -> "autumn";
        };
        return Text.of("io.survey.round." + season, latest.getYear());
    }
}
