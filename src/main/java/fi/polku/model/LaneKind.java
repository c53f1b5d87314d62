package fi.polku.model;

/** What a lane (row) of the map holds. */
public enum LaneKind {
    CHANNEL, EMOTION, PAIN_POINTS, OPPORTUNITIES, BACKSTAGE, TEXT
}
