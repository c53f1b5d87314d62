package fi.polku.ui.canvas;

import fi.polku.layout.EvidenceMarks;
import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Theme;
import fi.polku.metrics.TargetStatus;
import fi.polku.model.EvidenceLevel;
import fi.polku.render.MarkShapes;
import fi.polku.render.Painter;
import fi.polku.render.fx.FxPainter;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The "?" button in the canvas corner and the key it opens: what the target status shapes and colours,
 * the evidence marks and the importance stars on the cards mean, drawn with the cards' own shapes. The key
 * explains the map, so it speaks the map's language, like the marks and the exported legend; it is made
 * each time it opens, so it always matches the map shown. The button is window chrome and follows the UI.
 */
final class CanvasLegend {
    private static final double GLYPH_H = 16;

    private final Supplier<Theme> theme;
    private final Supplier<Locale> mapLanguage;
    private final ToggleButton button = new ToggleButton(Messages.get("legend.button"));
    private final VBox panel = new VBox(4);

    CanvasLegend(Supplier<Theme> theme, Supplier<Locale> mapLanguage) {
        this.theme = theme;
        this.mapLanguage = mapLanguage;
        button.setId("canvas-legend-button");
        button.getStyleClass().add("canvas-legend-button");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Messages.text("legend.button.tooltip"));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(Messages.text("legend.button.tooltip"));
        button.setFocusTraversable(false);
        panel.setId("canvas-legend");
        panel.getStyleClass().add("canvas-legend");
        panel.visibleProperty().bind(button.selectedProperty());
        panel.setOnMouseClicked(e -> button.setSelected(false));
        panel.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        button.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                fill(mapLanguage.get());
            }
        });
    }

    /** Makes the key in {@code language}. */
    private void fill(Locale language) {
        Label title = new Label(Localization.text(language, "legend.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        int row = 0;
        row = heading(grid, row, Localization.text(language, "legend.status"));
        for (TargetStatus s : new TargetStatus[]{TargetStatus.BELOW, TargetStatus.AT, TargetStatus.ABOVE,
                TargetStatus.NO_TARGET}) {
            row = entry(grid, row, 16, p -> status(p, s, 8, GLYPH_H / 2),
                    Localization.text(language, "legend.status." + s.name()));
        }
        row = heading(grid, row, Localization.text(language, "legend.evidence"));
        for (EvidenceLevel e : EvidenceLevel.values()) {
            row = entry(grid, row, 24, p -> evidence(p, e, 5, GLYPH_H / 2, language), evidenceText(e, language));
        }
        row = heading(grid, row, Localization.text(language, "legend.importance"));
        // The stars span both columns, so that the narrow marks above keep their text close.
        Canvas stars = new Canvas(60, GLYPH_H);
        stars(new FxPainter(stars.getGraphicsContext2D()));
        HBox starsRow = new HBox(8, stars, new Label(Localization.text(language, "legend.stars")));
        starsRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(starsRow, 0, row, 2, 1);
        panel.getChildren().setAll(title, grid);
    }

    /**
     * The evidence level named for a person, e.g. "Observed: measured": in the map's language in the key,
     * in the window's in the mark's tooltip, which is window chrome like the card's own tooltip.
     */
    static String evidenceText(EvidenceLevel e, Locale language) {
        return Localization.text(language, "evidenceMark.explained." + e.name());
    }

    ToggleButton button() {
        return button;
    }

    Node panel() {
        return panel;
    }

    /** Places the button in the bottom-right corner of a view of this size, and the key above it. */
    void layout(double width, double height) {
        double b = 30;
        button.resizeRelocate(width - b - 10, height - b - 10, b, b);
        double pw = panel.prefWidth(-1);
        double ph = panel.prefHeight(pw);
        panel.resizeRelocate(Math.max(0, width - pw - 10), Math.max(0, height - b - 16 - ph), pw, ph);
    }

    private static int heading(GridPane grid, int row, String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        if (row > 0) {
            label.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        }
        grid.add(label, 0, row, 2, 1);
        return row + 1;
    }

    private static int entry(GridPane grid, int row, double glyphWidth, Consumer<Painter> glyph, String text) {
        Canvas c = new Canvas(glyphWidth, GLYPH_H);
        glyph.accept(new FxPainter(c.getGraphicsContext2D()));
        Label label = new Label(text);
        label.setAlignment(Pos.CENTER_LEFT);
        grid.add(c, 0, row);
        grid.add(label, 1, row);
        return row + 1;
    }

    // The same shapes the cards show, so that the key matches what it explains.
    private void status(Painter p, TargetStatus status, double cx, double cy) {
        MarkShapes.status(p, status, cx, cy, 5.5, theme.get().statusColour(status));
    }

    private void evidence(Painter p, EvidenceLevel e, double cx, double cy, Locale language) {
        int ink = theme.get().palette().evidenceInk();
        MarkShapes.evidence(p, e, cx, cy, ink);
        p.text(EvidenceMarks.letter(e, language), cx + 7, cy + 4, FontFace.BOLD, theme.get().sizes().smallSize(), ink);
    }

    private void stars(Painter p) {
        double step = 12;
        for (int i = 0; i < 5; i++) {
            p.fillPath(PathShape.star(step * i + step / 2, GLYPH_H / 2, step * 0.46),
                    i < 3 ? theme.get().palette().starFill() : theme.get().palette().starEmpty());
        }
    }
}
