package fi.polku.layout;

/** An arrow from one card to another: a cubic curve and a filled head at the target end. */
public record ConnectionArrow(String id, String fromId, String toId, CubicSegment curve, PathShape head,
                              String label) {
}
