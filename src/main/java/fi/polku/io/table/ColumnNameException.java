package fi.polku.io.table;

import fi.polku.text.Text;

import java.util.List;

/**
 * A column name that fits no column or several columns of a header, with the reason as a text of the io
 * bundle and the columns it could have meant.
 */
public final class ColumnNameException extends IllegalArgumentException {
    private final transient Text reason;
    private final List<Integer> candidates;

    ColumnNameException(Text reason, List<Integer> candidates) {
        this.reason = reason;
        this.candidates = List.copyOf(candidates);
    }

    /** Why the name was refused, candidates listed, ready to be put into words in any language. */
    public Text reason() {
        return reason;
    }

    /** The 0-based indexes of the columns the name could have meant (all of them, not only those listed). */
    public List<Integer> candidates() {
        return candidates;
    }

    /** The reason in the user-interface language. */
    @Override
    public String getMessage() {
        return reason.toString();
    }
}
