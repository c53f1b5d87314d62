package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.metrics.AnswerScale;
import fi.polku.metrics.AnswerTally;
import fi.polku.metrics.Scoring;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Counts the answers of a survey file into one tally per touchpoint and metric while the rows stream
 * past; rows themselves are never kept.
 */
final class SurveyAggregator implements RowSink {
    /** More touchpoint–metric pairs than this means the columns are mixed up, not a real survey. */
    static final int MAX_GROUPS = 10_000;
    private static final int PROGRESS_EVERY = 4096;

    private final String source;
    private final SurveyImportOptions options;
    private final SurveyVocabulary vocabulary;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, String> unmatched = new LinkedHashMap<>();
    private final List<Problem> rejected = new ArrayList<>();
    private Map<SurveyField, Integer> columns;
    private long rejectedCount;
    private long rowsRead;
    private long bytesRead;
    private long totalBytes = -1;

    private record Group(String touchpointId, String name, AnswerTally tally) {
    }

    /** The header row was unusable; carries the problem out of the streaming reader. */
    static final class HeaderProblem extends RuntimeException {
        final transient Problem problem;

        HeaderProblem(Problem problem) {
            this.problem = problem;
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
    }

    @Override
    public void totalBytes(long total) {
        totalBytes = total;
    }

    @Override
    public void checkCancelled(long line) {
        if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            // For logs only: whoever cancels says so in its own words and never shows this message.
            throw new CancellationException("import of " + source + " cancelled at line " + line);
        }
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
            Group group = group(name, metric);
            at = SurveyField.VALUE;
            // Asked first so that an answer off the scale is rejected with a text rather than a tally's error.
            Text offScale = scale.reject(value).orElse(null);
            if (offScale != null) {
                throw new SurveyInputException(offScale);
            }
            group.tally().add(value, date);
        } catch (SurveyInputException e) {
            reject(line, Math.max(1, columns.get(at) + 1), e.reason());
        }
    }

    private Group group(String name, MetricDefinition metric) {
        Touchpoint touchpoint = vocabulary.touchpoint(name).orElse(null);
        String nameKey = touchpoint != null ? "id:" + touchpoint.id() : "name:" + vocabulary.key(name);
        String key = nameKey + "\u0000" + metric.id();
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() >= MAX_GROUPS) {
                throw new SurveyInputException("io.survey.tooManyPairs", MAX_GROUPS);
            }
            if (touchpoint == null && vocabulary.hasMap()) {
                unmatched.putIfAbsent(vocabulary.key(name), name.strip());
            }
            group = new Group(touchpoint == null ? null : touchpoint.id(),
                    touchpoint == null ? name.strip() : touchpoint.title(), new AnswerTally(AnswerScale.of(metric)));
            groups.put(key, group);
        }
        return group;
    }

    private String cell(List<String> cells, SurveyField field) {
        int index = columns.get(field);
        return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    private void reject(long line, int column, Text reason) {
        rejectedCount++;
        if (rejected.size() < SurveyImportResult.MAX_REPORTED) {
            rejected.add(new Problem(source, (int) line, column, "", reason));
        }
    }

    /** The scores of all groups; call once the whole file has been read. */
    SurveyImportResult result() {
        if (columns == null) {
            throw new HeaderProblem(new Problem(source, 1, 1, "", Text.of("io.survey.noHeader")));
        }
        options.progress().progress(rowsRead, bytesRead, totalBytes);
        List<ImportedScore> scores = new ArrayList<>();
        for (Group g : groups.values()) {
            Scoring.score(g.tally()).ifPresent(r ->
                    scores.add(new ImportedScore(g.touchpointId(), g.name(), r, r.toMeasurement(source))));
        }
        return new SurveyImportResult(source, rowsRead, scores, rejected, rejectedCount,
                List.copyOf(unmatched.values()));
    }
}
