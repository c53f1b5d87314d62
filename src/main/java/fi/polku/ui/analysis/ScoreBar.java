package fi.polku.ui.analysis;

import javafx.scene.layout.Region;

/** A horizontal bar showing a 0–100 score as the filled share of its track. */
final class ScoreBar extends Region {
    private final Region fill = new Region();
    private final double score;

    ScoreBar(double score) {
        this.score = Math.max(0, Math.min(100, score));
        getStyleClass().add("score-bar");
        fill.getStyleClass().add("score-bar-fill");
        setStyle("-fx-background-color: #e8eaed; -fx-background-radius: 4;");
        fill.setStyle("-fx-background-color: " + colour(this.score) + "; -fx-background-radius: 4;");
        getChildren().add(fill);
        setMinHeight(14);
        setPrefHeight(18);
        setMaxHeight(18);
        setPrefWidth(360);
    }

    /** Red below 50, amber to 75, green above: the usual reading of a 0–100 experience score. */
    static String colour(double score) {
        return score < 50 ? "#c62828" : score < 75 ? "#ef8f00" : "#2e7d32";
    }

    @Override
    protected void layoutChildren() {
        fill.resizeRelocate(0, 0, snapSizeX(getWidth() * score / 100), getHeight());
    }
}
