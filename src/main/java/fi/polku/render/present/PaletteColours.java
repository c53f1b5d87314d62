package fi.polku.render.present;

import fi.polku.layout.Palette;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries a colour drawn for white paper over to a map palette, so that an analysis chart sits in a dark or
 * high-contrast room like the map does: greys go from the palette's background (for white) to its text
 * colour (for black), and a colour keeps its hue and saturation while its lightness is moved onto the same
 * range, so red still means below target. In the light palette every colour stays as it is.
 */
final class PaletteColours {
    /** Colours whose channels differ less than this (0–1) are greys, however saturated HSL calls a pale one. */
    private static final double GREY = 0.03;

    private final Palette palette;
    private final boolean identity;
    private final Map<Integer, Integer> done = new HashMap<>();
    private final double backgroundLightness;
    private final double textLightness;

    PaletteColours(Palette palette) {
        this.palette = palette;
        this.identity = palette.equals(Palette.light());
        this.backgroundLightness = hsl(palette.background())[2];
        this.textLightness = hsl(palette.cardText())[2];
    }

    /** Whether colours pass unchanged (the light palette, for which the charts were drawn). */
    boolean identity() {
        return identity;
    }

    int map(int argb) {
        if (identity) {
            return argb;
        }
        return done.computeIfAbsent(argb, this::convert);
    }

    private int convert(int argb) {
        int alpha = argb & 0xFF000000;
        double[] hsl = hsl(argb);
        if (chroma(argb) < GREY) {
            // A grey: as light as it was on white, between the palette's background and text.
            return alpha | (mix(palette.cardText(), palette.background(), hsl[2]) & 0xFFFFFF);
        }
        double lightness = textLightness + (backgroundLightness - textLightness) * hsl[2];
        return alpha | rgb(hsl[0], hsl[1], lightness);
    }

    private static double chroma(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))) / 255.0;
    }

    /** {@code from} moved towards {@code to} by {@code share} (0–1), channel by channel. */
    static int mix(int from, int to, double share) {
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            double a = (from >> shift) & 0xFF;
            double b = (to >> shift) & 0xFF;
            out |= ((int) Math.round(a + (b - a) * share) & 0xFF) << shift;
        }
        return out;
    }

    /** Hue (0–1), saturation and lightness of an ARGB colour. */
    static double[] hsl(int argb) {
        double r = ((argb >> 16) & 0xFF) / 255.0;
        double g = ((argb >> 8) & 0xFF) / 255.0;
        double b = (argb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double d = max - min;
        if (d == 0) {
            return new double[] {0, 0, l};
        }
        double s = d / (1 - Math.abs(2 * l - 1));
        double h;
        if (max == r) {
            h = ((g - b) / d + (g < b ? 6 : 0)) / 6;
        } else if (max == g) {
            h = ((b - r) / d + 2) / 6;
        } else {
            h = ((r - g) / d + 4) / 6;
        }
        return new double[] {h, s, l};
    }

    static int rgb(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h * 6) % 2 - 1));
        double m = l - c / 2;
        double r;
        double g;
        double b;
        int sector = (int) Math.floor(h * 6) % 6;
        switch (sector) {
            case 0 -> { r = c; g = x; b = 0; }
            case 1 -> { r = x; g = c; b = 0; }
            case 2 -> { r = 0; g = c; b = x; }
            case 3 -> { r = 0; g = x; b = c; }
            case 4 -> { r = x; g = 0; b = c; }
            default -> { r = c; g = 0; b = x; }
        }
        return 0xFF000000 | channel(r + m) << 16 | channel(g + m) << 8 | channel(b + m);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.clamp(v, 0, 1) * 255);
    }
}
