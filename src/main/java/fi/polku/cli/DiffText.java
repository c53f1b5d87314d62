package fi.polku.cli;

import fi.polku.model.JourneyMap;
import fi.polku.model.diff.FieldChange;
import fi.polku.model.diff.ItemChange;
import fi.polku.model.diff.MapDiff;
import fi.polku.text.Localization;

import java.util.Locale;

/** {@code polku diff} as text a person reads: a summary line, then one line per changed item and per field. */
final class DiffText {
    private DiffText() {
    }

    static String of(MapDiff diff, JourneyMap before, JourneyMap after, String beforeName, String afterName,
                     Locale language) {
        ChangeText words = new ChangeText(language);
        StringBuilder out = new StringBuilder();
        if (diff.isEmpty()) {
            return Localization.format(language, "cli.diff.same", beforeName, afterName) + "\n";
        }
        out.append(Localization.format(language, "cli.diff.summary", beforeName, afterName,
                diff.count(ItemChange.Status.ADDED), diff.count(ItemChange.Status.REMOVED),
                diff.count(ItemChange.Status.CHANGED))).append('\n');
        for (ItemChange c : diff.changes()) {
            String item = words.item(c.kind(), c.id(), c.title());
            String line = switch (c.status()) {
                case ADDED -> c.after() == null ? Localization.format(language, "cli.diff.added", item)
                        : Localization.format(language, "cli.diff.addedAt", item, words.place(c.after(), after));
                case REMOVED -> Localization.format(language, "cli.diff.removed", item);
                case CHANGED -> c.moved()
                        ? Localization.format(language, "cli.diff.moved", item, words.place(c.before(), before),
                        words.place(c.after(), after))
                        : Localization.format(language, "cli.diff.changed", item);
            };
            out.append(line).append('\n');
            for (FieldChange f : c.fields()) {
                out.append("  ").append(words.change(f)).append('\n');
            }
        }
        return out.toString();
    }
}
