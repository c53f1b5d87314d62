package fi.polku.model;

/**
 * A consultant's or client's look for reports and exports: an accent colour and a logo.
 *
 * @param accent the accent colour as {@code #RRGGBB}, or null for the standard one
 * @param logo   the logo, or null
 */
public record Brand(String accent, Logo logo) {
    /** No brand: the standard look. */
    public static final Brand NONE = new Brand(null, null);

    public Brand {
        accent = accent == null || accent.isBlank() ? null : accent;
    }

    public boolean isEmpty() {
        return accent == null && logo == null;
    }
}
