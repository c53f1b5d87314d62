package fi.polku.bench;

import fi.polku.edit.History;
import fi.polku.edit.MoveTouchpoints;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Touchpoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One touchpoint move on the XL map and its undo, as the canvas issues it for a drag: each invocation
 * moves a different card to another stage and back, so no result is cached between calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditUndoBenchmark {
    private History history;
    private List<Touchpoint> touchpoints;
    private List<String> stageIds;
    private List<String> laneIds;
    private int next;

    @Setup
    public void setUp() {
        JourneyMap map = BenchMaps.XL.map();
        history = new History(map);
        touchpoints = map.touchpoints();
        stageIds = map.stages().stream().map(s -> s.id()).toList();
        laneIds = map.lanes().stream().filter(l -> l.kind() != LaneKind.EMOTION).map(Lane::id).toList();
    }

    @Benchmark
    public JourneyMap moveAndUndo() {
        Touchpoint t = touchpoints.get(next++ % touchpoints.size());
        String stage = stageIds.get((stageIds.indexOf(t.stageId()) + 1) % stageIds.size());
        String lane = laneIds.get(next % laneIds.size());
        if (!history.execute(new MoveTouchpoints(List.of(t.id()), stage, lane, 0))) {
            throw new IllegalStateException("the move changed nothing: " + t.id());
        }
        history.undo();
        return history.current();
    }
}
