package fi.polku.model;

/** How strongly a value is backed: measured, derived from indirect data, or a workshop guess. */
public enum EvidenceLevel {
    OBSERVED, INFERRED, ASSUMED
}
