package fi.polku.export;

import fi.polku.text.Localization;
import fi.polku.text.Text;

/**
 * Why an export cannot be made with these options (a stage the map lacks, a picture too large, too many
 * sheets): one sentence for the user, kept as a {@link Text} so the window and the command line show it
 * in the language they speak. An {@link IllegalArgumentException}, as callers already expect.
 */
public final class ExportProblem extends IllegalArgumentException {
    private final transient Text text;

    public ExportProblem(Text text) {
        super(text.key());
        this.text = text;
    }

    /** The problem as words to be put into a language. */
    public Text text() {
        return text;
    }

    /** The sentence in the user-interface language. */
    @Override
    public String getMessage() {
        return text.in(Localization.ui());
    }
}
