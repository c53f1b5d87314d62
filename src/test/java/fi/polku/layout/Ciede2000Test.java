package fi.polku.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Ciede2000Test {
    /**
     * The 34 pairs of Sharma, Wu & Dalal (2005), Table 1: L*, a*, b* of each sample and the published
     * ΔE00. They test every branch the implementation notes warn about: hue differences across 0°, a neutral
     * sample, the rotation term near 275°, and the mean hue of samples on either side of the a* axis.
     */
    private static final double[][] SHARMA = {
            {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
            {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
            {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
            {50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
            {50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000},
            {50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000},
            {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
            {50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
            {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
            {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792},
            {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
            {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195},
            {50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045},
            {50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045},
            {50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461},
            {50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065},
            {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
            {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
            {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
            {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
            {50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000},
            {50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000},
            {50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000},
            {50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000},
            {60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
            {63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
            {61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731},
            {35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645},
            {22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373},
            {36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146},
            {90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441},
            {90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381},
            {6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377},
            {2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082},
    };

    @Test
    void matchesSharmaWuDalalTestDataToFourDecimals() {
        for (double[] row : SHARMA) {
            double[] a = {row[0], row[1], row[2]};
            double[] b = {row[3], row[4], row[5]};
            assertThat(ColourScience.ciede2000(a, b)).as("pair %s", java.util.Arrays.toString(row))
                    .isCloseTo(row[6], within(0.00005));
            // The formula is symmetric, which the published pairs 7 and 8 also show.
            assertThat(ColourScience.ciede2000(b, a)).isCloseTo(row[6], within(0.00005));
        }
    }

    @Test
    void aColourDiffersFromItselfByNothing() {
        double[] lab = {61.2901, 3.7196, -5.3901};
        assertThat(ColourScience.ciede2000(lab, lab)).isZero();
    }

    @Test
    void wcagContrastOfBlackOnWhiteIs21AndOfAColourWithItselfIs1() {
        assertThat(ColourScience.contrast(0xFF000000, 0xFFFFFFFF)).isCloseTo(21, within(1e-9));
        assertThat(ColourScience.contrast(0xFF777777, 0xFF777777)).isCloseTo(1, within(1e-9));
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        assertThat(ColourScience.contrast(0xFF767676, 0xFFFFFFFF)).isCloseTo(4.54, within(0.01));
    }

    @Test
    void theSimulationsKeepGreysGrey() {
        // Each Machado matrix's rows sum to 1, so a neutral colour stays neutral for every deficiency.
        for (ColourScience.Deficiency d : ColourScience.Deficiency.values()) {
            double[] lab = ColourScience.lab(d.simulate(0xFF808080));
            assertThat(lab[1]).isCloseTo(0, within(0.05));
            assertThat(lab[2]).isCloseTo(0, within(0.05));
        }
    }
}
