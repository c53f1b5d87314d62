package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.List;
import java.util.Set;

/** Adds one touchpoint to a cell, before the card now at {@code indexInCell} (or at the cell's end). */
public record AddTouchpoint(Touchpoint touchpoint, int indexInCell) implements Command {
    /** A new, empty touchpoint with a fresh id; its id is {@code touchpoint().id()}, e.g. to select it. */
    public static AddTouchpoint in(JourneyMap map, String stageId, String laneId, int indexInCell, String title) {
        String id = IdGenerator.next(map, IdGenerator.TOUCHPOINT);
        return new AddTouchpoint(Touchpoint.create(id, title, stageId, laneId), indexInCell);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireFreshId(map, touchpoint.id());
        EditRules.checkTouchpoint(map, touchpoint);
        return map.withTouchpoints(CellOrder.place(map.touchpoints(), Set.of(), List.of(touchpoint),
                touchpoint.stageId(), touchpoint.laneId(), indexInCell));
    }

    @Override
    public Text description() {
        return Text.of("step.addTouchpoint");
    }
}
