package fi.polku.layout;

/** A touchpoint's emotion on an emotion-curve lane, at its stage column. */
public record EmotionPoint(String touchpointId, String stageId, double x, double y, double emotion) {
}
