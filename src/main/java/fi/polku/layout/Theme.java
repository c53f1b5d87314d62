package fi.polku.layout;

import fi.polku.metrics.TargetStatus;

/**
 * The look of a drawn map: its sizes, which the layout depends on, and its colour palette, which only the
 * painters read. Kept apart so that a theme for the room can change one without touching the other.
 */
public record Theme(ThemeSizes sizes, Palette palette) {

    /** The standard sizes in the light palette: the screen default and every export's look. */
    public static Theme standard() {
        return new Theme(ThemeSizes.standard(), Palette.light());
    }

    public Theme withSizes(ThemeSizes v) {
        return new Theme(v, palette);
    }

    public Theme withPalette(Palette v) {
        return new Theme(sizes, v);
    }

    /** The colour of a target status in this theme's palette. */
    public int statusColour(TargetStatus status) {
        return palette.statusColour(status);
    }
}
