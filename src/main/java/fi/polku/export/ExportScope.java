package fi.polku.export;

import java.util.Set;

/** Which part of a map an export shows: all of it, the selected touchpoints, or a range of stages. */
public sealed interface ExportScope {
    /** The whole map. */
    ExportScope WHOLE_MAP = new WholeMap();

    /** Every stage, lane and touchpoint. */
    record WholeMap() implements ExportScope {
    }

    /** Only these touchpoints, in the stages and lanes that hold them. */
    record Selection(Set<String> touchpointIds) implements ExportScope {
        public Selection {
            touchpointIds = Set.copyOf(touchpointIds);
        }
    }

    /** The stages from {@code firstStageId} to {@code lastStageId}, both included, in map order. */
    record StageRange(String firstStageId, String lastStageId) implements ExportScope {
    }
}
