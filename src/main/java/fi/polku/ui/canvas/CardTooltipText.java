package fi.polku.ui.canvas;

import fi.polku.layout.KeyScore;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;

import java.util.Locale;

/** The hover text of a card: title, key score with target status and sample, importance and evidence. */
final class CardTooltipText {
    private CardTooltipText() {
    }

    static String of(Touchpoint tp, JourneyMap map) {
        StringBuilder b = new StringBuilder(tp.title().isBlank() ? "(untitled)" : tp.title());
        KeyScore.of(tp, map).ifPresent(k -> {
            Measurement m = k.measurement();
            b.append('\n').append(k.status().symbol()).append(' ').append(k.badgeText());
            if (k.target() != null) {
                b.append(" — ").append(k.status().label()).append(" (target ")
                        .append(fmt(k.target())).append(')');
            } else {
                b.append(" — no target");
            }
            if (m.n() != null) {
                b.append(", n = ").append(m.n());
            }
            if (m.date() != null) {
                b.append(", ").append(m.date());
            }
        });
        for (Measurement m : tp.measurements()) {
            b.append('\n').append("  ").append(map.metric(m.metric()).map(d -> d.name()).orElse(m.metric()))
                    .append(' ').append(fmt(m.value())).append(m.n() != null ? " (n = " + m.n() + ")" : "")
                    .append(m.date() != null ? " " + m.date() : "");
        }
        if (tp.importance() != null) {
            b.append("\nImportance ").append(fmt(tp.importance())).append(" / 5");
        }
        if (tp.emotion() != null) {
            b.append("\nEmotion ").append(fmt(tp.emotion()));
        }
        if (tp.evidence() != null) {
            b.append("\nEvidence: ").append(tp.evidence().name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
