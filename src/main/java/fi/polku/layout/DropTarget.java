package fi.polku.layout;

/**
 * Where dragged cards would land: a cell, the index among the cell's cards that are not being dragged,
 * and a thin rectangle to draw as the insertion indicator.
 */
public record DropTarget(String stageId, String laneId, int index, Rect indicator) {
}
