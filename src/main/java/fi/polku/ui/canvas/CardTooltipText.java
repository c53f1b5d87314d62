package fi.polku.ui.canvas;

import fi.polku.layout.KeyScore;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;


/**
 * The hover text of a card: title, key score with target status and sample, importance and evidence. It is
 * the window speaking, so all of it, the key score and metric names too, is in the user-interface language,
 * while the card itself shows the map's language.
 */
final class CardTooltipText {
    private CardTooltipText() {
    }

    static String of(Touchpoint tp, JourneyMap map) {
        StringBuilder b = new StringBuilder(tp.title().isBlank() ? Messages.get("tooltip.untitled") : tp.title());
        KeyScore.of(tp, map).ifPresent(k -> {
            Measurement m = k.measurement();
            b.append('\n').append(k.status().symbol()).append(' ').append(k.badgeText(Localization.ui()));
            if (k.target() != null) {
                b.append(Messages.format("tooltip.target", Messages.get("tooltip.status." + k.status().name()),
                        fmt(k.target())));
            } else {
                b.append(Messages.get("tooltip.noTarget"));
            }
            if (m.n() != null) {
                b.append(", n = ").append(Formats.count(Localization.ui(), m.n()));
            }
            if (m.date() != null) {
                b.append(", ").append(Formats.date(Localization.ui(), m.date()));
            }
        });
        for (Measurement m : tp.measurements()) {
            b.append('\n').append("  ").append(map.metric(m.metric()).map(Messages::metricName).orElse(m.metric()))
                    .append(' ').append(fmt(m.value())).append(m.n() != null ? " (n = " + Formats.count(Localization.ui(), m.n()) + ")" : "")
                    .append(m.date() != null ? " " + Formats.date(Localization.ui(), m.date()) : "");
        }
        if (tp.importance() != null) {
            b.append('\n').append(Messages.format("tooltip.importance", fmt(tp.importance())));
        }
        if (tp.emotion() != null) {
            b.append('\n').append(Messages.format("tooltip.emotion", fmt(tp.emotion())));
        }
        FeelingVocabulary.find(map, tp.feeling(), Localization.ui()).ifPresent(f ->
                b.append('\n').append(Messages.format("tooltip.feeling", f.name())));
        FeelingVocabulary.find(map, tp.intendedFeeling(), Localization.ui()).ifPresent(f ->
                b.append('\n').append(Messages.format("tooltip.intendedFeeling", f.name(), fmt(f.emotion()))));
        if (tp.evidence() != null) {
            b.append('\n').append(Messages.format("tooltip.evidence",
                    Messages.get("tooltip.EvidenceLevel." + tp.evidence().name())));
        }
        if (!map.personas().isEmpty()) {
            // A card marked for no one is for every persona: the tooltip says so, as the filter treats it.
            String names = String.join(", ", map.personas().stream().filter(p -> tp.personaIds().contains(p.id()))
                    .map(p -> p.name().isBlank() ? Messages.get("personas.unnamed") : p.name()).toList());
            b.append('\n').append(names.isEmpty() ? Messages.get("tooltip.personas.everyone")
                    : Messages.format("tooltip.personas", names));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return Formats.number(Localization.ui(), v, 1);
    }
}
