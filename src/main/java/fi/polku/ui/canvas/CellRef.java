// STUB: replaced at merge
package fi.polku.ui.canvas;

/** A cell of the map: one stage (column) and one lane (row). */
public record CellRef(String stageId, String laneId) {
}
