package fi.polku.model.diff;

/**
 * Where an arranged item stands: a card's cell and its index among the cell's cards, or a stage's or lane's
 * index among the stages or lanes (its stage and lane then null).
 */
public record Place(String stageId, String laneId, int index) {
    /** The place of a stage or lane at {@code index}. */
    public static Place at(int index) {
        return new Place(null, null, index);
    }

    /** Whether both places are the same cell (a card) or both are positions in a list (a stage or lane). */
    public boolean sameCell(Place other) {
        return java.util.Objects.equals(stageId, other.stageId) && java.util.Objects.equals(laneId, other.laneId);
    }
}
