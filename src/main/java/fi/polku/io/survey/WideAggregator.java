package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.io.table.ColumnNameException;
import fi.polku.metrics.AnswerScale;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a wide survey file (one row per respondent) into the tallies of its mapped questions while the
 * rows stream past. The first rows are held only until the header rows are known; answers are never kept.
 * A blank answer is a skipped question: not counted and no error. An answer that is no number and no label
 * is refused with its row, column letter and header, and the rest of the row still counts.
 */
final class WideAggregator implements RowSink {
    private static final int PROGRESS_EVERY = 4096;
    /** Distinct answer texts remembered per question; real scales have a dozen. */
    private static final int CACHE_LIMIT = 1024;

    private final String source;
    private final SurveyImportOptions options;
    private final SurveyVocabulary vocabulary;
    private final ScoreGroups groups;
    private List<List<String>> pending = new ArrayList<>();
    private List<Long> pendingLines = new ArrayList<>();
    private WideLayout layout;
    private Question[] questions;
    private long rowsRead;
    private long bytesRead;
    private long totalBytes = -1;

    /** A mapped column: where its answers are counted, with the values of the answer texts seen so far. */
    private record Question(int column, AnswerScale scale, ScoreGroups.Group group, Map<String, Double> values) {
    }

    WideAggregator(String source, SurveyImportOptions options) {
        this.source = source;
        this.options = options;
        this.vocabulary = new SurveyVocabulary(options.map());
        this.groups = new ScoreGroups(source, vocabulary);
    }

    @Override
    public void totalBytes(long total) {
        totalBytes = total;
    }

    @Override
    public void checkCancelled(long line) {
        options.throwIfCancelled(source, line);
    }

    @Override
    public void row(long line, List<String> cells, long bytes) {
        checkCancelled(line);
        bytesRead = bytes;
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (layout == null) {
            pending.add(cells);
            pendingLines.add(line);
            if (pending.size() == WideLayout.MAX_HEADER_ROWS) {
                start();
            }
            return;
        }
        count(line, cells);
    }

    /** Reads the header rows held so far, resolves the questions and counts the data rows among them. */
    private void start() {
        layout = WideLayout.detect(pending);
        long headerLine = pendingLines.getFirst();
        if (options.questions().isEmpty()) {
            throw new SurveyAggregator.HeaderProblem(new NeedsQuestionsException(source, (int) headerLine, layout));
        }
        questions = resolve(headerLine);
        for (int i = layout.headerRows(); i < pending.size(); i++) {
            count(pendingLines.get(i), pending.get(i));
        }
        pending = null;
        pendingLines = null;
    }

    private Question[] resolve(long headerLine) {
        List<Question> resolved = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (SurveyQuestion q : options.questions()) {
            int column = 0;
            try {
                column = layout.columns().resolve(q.column());
                if (q.touchpoint().isBlank()) {
                    throw new SurveyInputException("io.survey.noTouchpoint");
                }
                MetricDefinition metric = vocabulary.metric(q.metric()).orElseThrow(() -> new SurveyInputException(
                        "io.survey.unknownMetric", q.metric().strip(), vocabulary.metricIds()));
                ScoreGroups.Group group = groups.group(q.touchpoint(), metric);
                // Counting a column twice into one tally would double its answers.
                if (!seen.add(List.of(column, group))) {
                    throw new SurveyInputException("io.survey.wide.mappedTwice", layout.columns().describe(column));
                }
                resolved.add(new Question(column, AnswerScale.of(metric), group, new HashMap<>()));
            } catch (ColumnNameException e) {
                throw headerProblem(headerLine, 1, e.reason());
            } catch (SurveyInputException e) {
                throw headerProblem(headerLine, column + 1, e.reason());
            }
        }
        return resolved.toArray(Question[]::new);
    }

    private SurveyAggregator.HeaderProblem headerProblem(long line, int column, Text reason) {
        return new SurveyAggregator.HeaderProblem(new Problem(source, (int) line, column, "", reason));
    }

    private void count(long line, List<String> cells) {
        rowsRead++;
        LocalDate date = null;
        int dateColumn = layout.dateColumn();
        if (dateColumn >= 0) {
            try {
                date = layout.tool().date(cell(cells, dateColumn));
            } catch (SurveyInputException e) {
                // Without its date the row's answers would fall outside the period they belong to.
                groups.reject(line, dateColumn + 1, located(dateColumn, e.reason()));
                progress();
                return;
            }
        }
        for (Question q : questions) {
            String text = cell(cells, q.column());
            if (text.isBlank()) {
                continue;
            }
            Double value = q.values().get(text);
            if (value == null) {
                try {
                    value = read(text, q.scale());
                } catch (SurveyInputException e) {
                    groups.reject(line, q.column() + 1, located(q.column(), e.reason()));
                    continue;
                }
                if (q.values().size() < CACHE_LIMIT) {
                    q.values().put(text, value);
                }
            }
            q.group().tally().add(value, date);
        }
        progress();
    }

    private double read(String text, AnswerScale scale) {
        double value = options.labels().read(text, scale);
        // Asked here so that an answer off the scale is refused with a text rather than a tally's error.
        Text offScale = scale.reject(value).orElse(null);
        if (offScale != null) {
            throw new SurveyInputException(offScale);
        }
        return value;
    }

    private Text located(int column, Text reason) {
        return Text.of("io.survey.wide.inColumn", layout.columns().describe(column), reason);
    }

    private void progress() {
        if (rowsRead % PROGRESS_EVERY == 0) {
            options.progress().progress(rowsRead, bytesRead, totalBytes);
        }
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    /** The scores of the mapped questions; call once the whole file has been read. */
    SurveyImportResult result() {
        if (layout == null) {
            if (pending.isEmpty()) {
                throw headerProblem(1, 1, Text.of("io.survey.noHeader"));
            }
            start();
        }
        options.progress().progress(rowsRead, bytesRead, totalBytes);
        return groups.result(rowsRead);
    }
}
