package fi.polku.model;

/**
 * Where one factor of a value estimate comes from, because a client will ask.
 *
 * @param evidence how strongly the factor is backed, or null when not said
 * @param note     the source in words, e.g. "ticket counts, week 44"
 */
public record FactorSource(EvidenceLevel evidence, String note) {
    public FactorSource {
        note = note == null ? "" : note;
    }

    /** True when it says nothing, so it need not be kept. */
    public boolean isEmpty() {
        return evidence == null && note.isBlank();
    }
}
