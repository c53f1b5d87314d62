package fi.polku.ui.state;

/** A cell of the map: one stage (column) and one lane (row), by id. */
public record CellRef(String stageId, String laneId) {
}
