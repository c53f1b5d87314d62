package fi.polku.cli;

import fi.polku.layout.GapText;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TouchpointRow;
import fi.polku.text.Localization;

import java.util.List;
import java.util.Locale;

/**
 * The all-metrics matrix as {@code polku analyze} prints it: each quadrant with its touchpoints, most
 * important first, each with its key metric's score and gap, then those measured without a target.
 */
final class MatrixText {
    private MatrixText() {
    }

    static String of(MatrixAnalysis matrix, Locale language) {
        StringBuilder out = new StringBuilder(Localization.format(language, "cli.analyze.matrix",
                matrix.crosshair().text())).append('\n');
        for (Quadrant q : List.of(Quadrant.CONCENTRATE_HERE, Quadrant.KEEP_UP_THE_GOOD_WORK, Quadrant.LOW_PRIORITY,
                Quadrant.POSSIBLE_OVERKILL)) {
            List<TouchpointRow> in = matrix.plotted().stream().filter(r -> r.quadrant() == q)
                    .sorted((a, b) -> Double.compare(b.importance(), a.importance())).toList();
            section(out, q.text(matrix.crosshair()).in(language), in, language);
        }
        section(out, Localization.text(language, "cli.analyze.matrix.apart"), matrix.withoutTarget(), language);
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<TouchpointRow> rows, Locale language) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("  ").append(heading).append('\n');
        for (TouchpointRow r : rows) {
            out.append("    ").append(r.touchpoint().title()).append(": ").append(GapText.of(r, language))
                    .append('\n');
        }
    }
}
