package fi.polku.io.survey;

import java.util.Objects;

/**
 * One question column of a wide survey file and where its answers go.
 *
 * @param column     the column as a person names it: header text, a unique prefix of it, a field id or a
 *                   column letter (see {@link fi.polku.io.table.ColumnNames})
 * @param touchpoint a touchpoint id or title of the map, or a free name
 * @param metric     a metric id or name: nps, csat, ces, fcr, emotion or a custom metric of the map
 */
public record SurveyQuestion(String column, String touchpoint, String metric) {
    public SurveyQuestion {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(metric, "metric");
    }
}
