package fi.polku.layout;

import java.util.List;

/** One cell (stage × lane) and its cards in order; many cards wrap into {@code columns} columns. */
public record CellBox(String stageId, String laneId, int stageIndex, int laneIndex, Rect bounds, int columns,
                      List<CardBox> cards) {
    public CellBox {
        cards = List.copyOf(cards);
    }
}
