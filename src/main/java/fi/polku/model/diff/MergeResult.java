package fi.polku.model.diff;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;

import java.util.List;

/**
 * What a three-way merge made: the merged map, with each conflict decided for the side asked for, the conflicts
 * it decided that way, and what would be wrong in the merged map (a connection to a card the other side
 * deleted), which no side decides.
 */
public record MergeResult(JourneyMap map, List<MergeConflict> conflicts, List<MapValidator.Violation> problems) {
    public MergeResult {
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    /** Whether both sides' changes went together with nothing to decide. */
    public boolean isClean() {
        return conflicts.isEmpty() && problems.isEmpty();
    }
}
