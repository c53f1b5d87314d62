package fi.polku.layout;

/**
 * The colour science the palette tests need: sRGB to CIELAB (D65), the CIEDE2000 colour difference, the
 * Machado et al. colour-vision-deficiency simulation, and WCAG 2.x contrast. Colours are ARGB ints.
 */
final class ColourScience {
    /** The kinds of dichromacy the palettes are checked against. */
    enum Deficiency {
        NONE(new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        // Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
        // Vision Deficiency", IEEE TVCG 15(6):1291–1298, the matrices for severity 1.0 (from the authors'
        // table at https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html),
        // applied to linear RGB.
        PROTANOPIA(new double[][]{
                {0.152286, 1.052583, -0.204868},
                {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][]{
                {0.367322, 0.860646, -0.227968},
                {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][]{
                {1.255528, -0.076749, -0.178779},
                {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }

        /** The colour as a person with this deficiency sees it, as linear RGB clipped to the gamut. */
        double[] simulate(int argb) {
            double[] rgb = linear(argb);
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2];
                out[i] = Math.max(0, Math.min(1, v));
            }
            return out;
        }
    }

    private ColourScience() {
    }

    /** sRGB channels of an opaque colour, linearised (IEC 61966-2-1). */
    static double[] linear(int argb) {
        return new double[]{lin((argb >> 16) & 0xFF), lin((argb >> 8) & 0xFF), lin(argb & 0xFF)};
    }

    private static double lin(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65 white) of linear sRGB. */
    static double[] lab(double[] rgb) {
        double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
        double fx = f(x / 0.95047);
        double fy = f(y / 1.0);
        double fz = f(z / 1.08883);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    /** The CIEDE2000 difference of two colours as seen with a deficiency. */
    static double difference(int a, int b, Deficiency seenWith) {
        return ciede2000(lab(seenWith.simulate(a)), lab(seenWith.simulate(b)));
    }

    /**
     * CIEDE2000 with kL = kC = kH = 1, following Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference
     * Formula: Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color Research
     * and Application 30(1):21–30, equations 2–22, including their notes on the hue of a neutral colour and
     * on mean hues that straddle 0°.
     */
    static double ciede2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0], a1 = lab1[1], b1 = lab1[2];
        double l2 = lab2[0], a2 = lab2[1], b2 = lab2[2];
        double cMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double c7 = Math.pow(cMean, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = hue(a1p, b1);
        double h2p = hue(a2p, b2);

        double dLp = l2 - l1;
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else if (h2p - h1p > 180) {
            dhp = h2p - h1p - 360;
        } else {
            dhp = h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));

        double lMean = (l1 + l2) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hpMean;
        if (c1p * c2p == 0) {
            hpMean = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hpMean = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hpMean = (h1p + h2p + 360) / 2;
        } else {
            hpMean = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hpMean - 30) + 0.24 * cos(2 * hpMean) + 0.32 * cos(3 * hpMean + 6)
                - 0.20 * cos(4 * hpMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hpMean - 275) / 25, 2));
        double cp7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double l50 = (lMean - 50) * (lMean - 50);
        double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double dl = dLp / sl;
        double dc = dCp / sc;
        double dh = dHp / sh;
        return Math.sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    /** WCAG 2.x relative luminance of an opaque sRGB colour. */
    static double luminance(int argb) {
        double[] rgb = linearWcag(argb);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** WCAG 2.x linearises with a 0.03928 threshold (the sRGB standard's 0.04045 gives the same bytes). */
    private static double[] linearWcag(int argb) {
        double[] out = new double[3];
        int[] c = {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF};
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            out[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    /** WCAG 2.x contrast ratio, 1 to 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour laid over an opaque one, as the painters blend it (in sRGB, like a canvas). */
    static int over(int top, int bottom) {
        double alpha = ((top >>> 24) & 0xFF) / 255.0;
        int out = 0xFF000000;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double t = (top >> shift) & 0xFF;
            double b = (bottom >> shift) & 0xFF;
            out |= ((int) Math.round(t * alpha + b * (1 - alpha))) << shift;
        }
        return out;
    }
}
