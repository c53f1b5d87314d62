package fi.polku.bench;

import fi.polku.io.MapCodec;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;

/** The benchmark maps: generated with fixed seeds so every run measures the same data. */
public enum BenchMaps {
    /** 200 touchpoints. */
    S(200, 6, 8, 11),
    /** 2,000 touchpoints. */
    L(2_000, 8, 10, 12),
    /** 20,000 touchpoints. */
    XL(20_000, 12, 10, 13),
    /**
     * XL's 20,000 touchpoints on 100 times S's cells (10 times its stages and its card lanes; the last lane
     * is the emotion curve), so that a cell holds 4.8 cards as in S where XL has 185: the map with which a
     * paint at 100 % shows what culling costs rather than how full the screen is.
     */
    XL_AT_S_DENSITY(20_000, 60, 71, 13);

    private final int touchpoints;
    private final int stages;
    private final int lanes;
    private final long seed;

    BenchMaps(int touchpoints, int stages, int lanes, long seed) {
        this.touchpoints = touchpoints;
        this.stages = stages;
        this.lanes = lanes;
        this.seed = seed;
    }

    /** The map; the same value on every call. */
    public JourneyMap map() {
        return MapGenerator.generate(touchpoints, stages, lanes, seed);
    }

    /** The map's canonical file bytes. */
    public byte[] bytes() {
        return MapCodec.write(map());
    }

    public int touchpoints() {
        return touchpoints;
    }
}
