package fi.polku.layout;

/**
 * An arrow from one card to another: a cubic curve, a filled head at the target end and, when the
 * connection has a label, its text centred on the curve over a small backing box.
 *
 * @param labelBox  the backing box of the label, or null when there is no label
 * @param labelText the label's text line, or null when there is no label
 */
public record ConnectionArrow(String id, String fromId, String toId, CubicSegment curve, PathShape head,
                              String label, Rect labelBox, TextBlock labelText) {
}
