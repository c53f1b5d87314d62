package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.metrics.AnswerScale;
import fi.polku.metrics.AnswerTally;
import fi.polku.metrics.Scoring;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tallies of one import, one per touchpoint and metric in first-seen order, and the answers it
 * refused: what a long table and a wide file both end in, so that both are scored the same way.
 */
final class ScoreGroups {
    /** More touchpoint–metric pairs than this means the columns are mixed up, not a real survey. */
    static final int MAX_GROUPS = 10_000;

    private final String source;
    private final SurveyVocabulary vocabulary;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, String> unmatched = new LinkedHashMap<>();
    private final List<Problem> rejected = new ArrayList<>();
    private long rejectedCount;

    /** The answers to one metric at one touchpoint. */
    record Group(String touchpointId, String name, AnswerTally tally) {
    }

    ScoreGroups(String source, SurveyVocabulary vocabulary) {
        this.source = source;
        this.vocabulary = vocabulary;
    }

    /**
     * The group of a touchpoint name (an id or title of the map, or a free name) and a metric, made on
     * first use.
     *
     * @throws SurveyInputException when the name fits several touchpoints or there are too many groups
     */
    Group group(String name, MetricDefinition metric) {
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

    /** Counts a refused answer and keeps its location while fewer than {@link SurveyImportResult#MAX_REPORTED}. */
    void reject(long line, int column, Text reason) {
        rejectedCount++;
        if (rejected.size() < SurveyImportResult.MAX_REPORTED) {
            rejected.add(new Problem(source, (int) line, column, "", reason));
        }
    }

    /** The scores of all groups that have answers. */
    SurveyImportResult result(long rowsRead) {
        List<ImportedScore> scores = new ArrayList<>();
        for (Group g : groups.values()) {
            Scoring.score(g.tally()).ifPresent(r ->
                    scores.add(new ImportedScore(g.touchpointId(), g.name(), r, r.toMeasurement(source))));
        }
        return new SurveyImportResult(source, rowsRead, scores, rejected, rejectedCount,
                List.copyOf(unmatched.values()));
    }
}
