package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.metrics.AnswerScale;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts the answers of a survey file into one tally per touchpoint and metric while the rows stream
 * past; rows themselves are never kept.
 */
final class SurveyAggregator implements RowSink {
    private static final int PROGRESS_EVERY = 4096;

    private final String source;
    private final SurveyImportOptions options;
    private final SurveyVocabulary vocabulary;
    private final ScoreGroups groups;
    private Map<SurveyField, Integer> columns;
    private long rowsRead;
    private long bytesRead;
    private long totalBytes = -1;

    /** The header row was unusable; carries the problem out of the streaming reader. */
    static final class HeaderProblem extends RuntimeException {
        final transient Problem problem;
        private final SurveyFileException ready;

        HeaderProblem(Problem problem) {
            this.problem = problem;
            this.ready = null;
        }

        /** Carries an exception that says more than a problem, e.g. which question columns a wide file has. */
        HeaderProblem(SurveyFileException ready) {
            this.problem = ready.problem();
            this.ready = ready;
        }

        /** What the importer throws for this problem. */
        SurveyFileException exception() {
            return ready != null ? ready : new SurveyFileException(problem);
        }

        @Override
        public String getMessage() {
            return problem.toString();
        }
    }

    SurveyAggregator(String source, SurveyImportOptions options) {
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
        if (columns == null) {
            try {
                columns = options.columns().resolve(cells);
            } catch (SurveyInputException e) {
                throw new HeaderProblem(new Problem(source, (int) line, 1, "", e.reason()));
            }
            return;
        }
        rowsRead++;
        count(line, cells);
        if (rowsRead % PROGRESS_EVERY == 0) {
            options.progress().progress(rowsRead, bytesRead, totalBytes);
        }
    }

    private void count(long line, List<String> cells) {
        SurveyField at = SurveyField.TOUCHPOINT;
        try {
            String name = cell(cells, SurveyField.TOUCHPOINT);
            if (name.isBlank()) {
                throw new SurveyInputException("io.survey.noTouchpoint");
            }
            at = SurveyField.METRIC;
            String metricName = cell(cells, SurveyField.METRIC);
            MetricDefinition metric = vocabulary.metric(metricName).orElseThrow(() -> new SurveyInputException(
                    "io.survey.unknownMetric", metricName.strip(), vocabulary.metricIds()));
            at = SurveyField.VALUE;
            AnswerScale scale = AnswerScale.of(metric);
            double value = AnswerParser.value(cell(cells, SurveyField.VALUE), scale);
            at = SurveyField.DATE;
            LocalDate date = AnswerParser.date(cell(cells, SurveyField.DATE));
            at = SurveyField.TOUCHPOINT;
            ScoreGroups.Group group = groups.group(name, metric);
            at = SurveyField.VALUE;
            // Asked first so that an answer off the scale is rejected with a text rather than a tally's error.
            Text offScale = scale.reject(value).orElse(null);
            if (offScale != null) {
                throw new SurveyInputException(offScale);
            }
            group.tally().add(value, date);
        } catch (SurveyInputException e) {
            groups.reject(line, Math.max(1, columns.get(at) + 1), e.reason());
        }
    }

    private String cell(List<String> cells, SurveyField field) {
        int index = columns.get(field);
        return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    /** The scores of all groups; call once the whole file has been read. */
    SurveyImportResult result() {
        if (columns == null) {
            throw new HeaderProblem(new Problem(source, 1, 1, "", Text.of("io.survey.noHeader")));
        }
        options.progress().progress(rowsRead, bytesRead, totalBytes);
        return groups.result(rowsRead);
    }
}
