package fi.polku.render;

import fi.polku.layout.PathShape;
import fi.polku.metrics.TargetStatus;
import fi.polku.model.EvidenceLevel;

/**
 * The small shapes that tell a target status and an evidence level without colour, drawn the same on the
 * cards, in the exported legend and in the canvas legend, so that a key always matches what it explains.
 */
public final class MarkShapes {
    private MarkShapes() {
    }

    /** ▼ below, ● at, ▲ above, ○ no target or not measured, centred on (cx, cy) with radius {@code r}. */
    public static void status(Painter p, TargetStatus status, double cx, double cy, double r, int colour) {
        switch (status) {
            case BELOW -> p.fillPath(PathShape.polygon(cx - r, cy - r * 0.8, cx + r, cy - r * 0.8, cx, cy + r), colour);
            case ABOVE -> p.fillPath(PathShape.polygon(cx - r, cy + r * 0.8, cx + r, cy + r * 0.8, cx, cy - r), colour);
            case AT -> p.fillPath(PathShape.circle(cx, cy, r * 0.85), colour);
            case NO_TARGET, NOT_MEASURED -> p.strokePath(PathShape.circle(cx, cy, r * 0.8), colour, 1.2);
        }
    }

    /** ● observed, ◐ inferred, ○ assumed, centred on (cx, cy). */
    public static void evidence(Painter p, EvidenceLevel e, double cx, double cy, int ink) {
        double r = 4.5;
        switch (e) {
            case OBSERVED -> p.fillPath(PathShape.circle(cx, cy, r), ink);
            case INFERRED -> {
                p.fillPath(PathShape.leftHalfCircle(cx, cy, r), ink);
                p.strokePath(PathShape.circle(cx, cy, r - 0.5), ink, 1);
            }
            case ASSUMED -> p.strokePath(PathShape.circle(cx, cy, r - 0.5), ink, 1);
        }
    }
}
