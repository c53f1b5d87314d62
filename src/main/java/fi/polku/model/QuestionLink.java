package fi.polku.model;

import java.util.Objects;

/**
 * One question column of a survey file mapped to a touchpoint and a metric, as a saved survey mapping keeps it.
 *
 * @param column       the column's header text as the file has it
 * @param touchpointId the id of the touchpoint its answers score
 * @param metric       the id of the metric its answers are on
 */
public record QuestionLink(String column, String touchpointId, String metric) {
    public QuestionLink {
        Objects.requireNonNull(column, "column");
        touchpointId = touchpointId == null ? "" : touchpointId;
        metric = metric == null ? "" : metric;
    }
}
