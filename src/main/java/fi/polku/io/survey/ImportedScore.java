package fi.polku.io.survey;

import fi.polku.metrics.MetricResult;
import fi.polku.model.Measurement;

/**
 * The score of one metric at one touchpoint, computed from a survey file.
 *
 * @param touchpointId   the map's touchpoint, or null when no map was given or the name matched none
 * @param touchpointName the touchpoint's title in the map, or the name as first written in the file
 * @param measurement    the result as a measurement (source = file name, evidence observed)
 */
public record ImportedScore(String touchpointId, String touchpointName, MetricResult result,
                            Measurement measurement) {
    public boolean matched() {
        return touchpointId != null;
    }
}
