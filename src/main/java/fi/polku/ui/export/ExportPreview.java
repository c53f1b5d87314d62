package fi.polku.ui.export;

import fi.polku.export.ExportPicture;
import fi.polku.export.PosterTiling;
import fi.polku.export.Table;
import fi.polku.layout.Rect;
import fi.polku.render.fx.FxPainter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows what an export will contain: the picture scaled to fit the area (never enlarged), for a PDF on
 * A4/A3 the very sheets that will be written (each with its margins and its part of the map), or for a
 * table its first rows and columns.
 */
final class ExportPreview extends Region {
    static final int TABLE_ROWS = 12;
    static final int TABLE_COLUMNS = 12;
    private static final double PAD = 16;
    private static final double CHECKER = 8;
    /** Space between two sheets of a poster in the preview, in PDF points. */
    private static final double SHEET_GAP = 24;
    private final Canvas canvas = new Canvas();
    private final TableView<List<Object>> tableView = new TableView<>();
    private ExportPicture picture;
    private boolean transparent;
    /** The sheets of a PDF on paper, or null when the picture is shown as it is. */
    private PosterTiling sheets;

    ExportPreview() {
        getStyleClass().add("export-preview");
        setId("export-preview");
        canvas.setId("export-preview-canvas");
        // A soft shadow sets the picture off from the preview area like a sheet on a desk.
        canvas.setEffect(new DropShadow(10, 0, 2, Color.rgb(0, 0, 0, 0.18)));
        tableView.setId("export-preview-table");
        tableView.setFocusTraversable(false);
        tableView.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setMinSize(200, 160);
        setPrefSize(640, 460);
        getChildren().addAll(canvas, tableView);
        showPicture(null, false);
    }

    /** Shows a picture; null shows nothing (the options selected no content). */
    void showPicture(ExportPicture newPicture, boolean transparentBackground) {
        showSheets(newPicture, transparentBackground, null);
    }

    /** Shows the sheets a PDF will have, laid out as their grid: one sheet, or the tiles of a poster. */
    void showSheets(ExportPicture newPicture, boolean transparentBackground, PosterTiling newSheets) {
        this.sheets = newPicture == null ? null : newSheets;
        this.picture = newPicture;
        this.transparent = transparentBackground;
        canvas.setVisible(true);
        tableView.setVisible(false);
        requestLayout();
        paint();
    }

    /** Shows the first rows of a table (its first columns), as a spreadsheet would show them. */
    void showTable(Table table) {
        picture = null;
        sheets = null;
        int columns = Math.min(table.columns().size(), TABLE_COLUMNS);
        tableView.getColumns().clear();
        for (int i = 0; i < columns; i++) {
            int index = i;
            TableColumn<List<Object>, String> column = new TableColumn<>(table.columns().get(i).header());
            column.setSortable(false);
            column.setReorderable(false);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text(row.getValue().get(index))));
            tableView.getColumns().add(column);
        }
        tableView.getItems().setAll(table.rows().subList(0, Math.min(TABLE_ROWS, table.rows().size())));
        canvas.setVisible(false);
        tableView.setVisible(true);
    }

    /** The preview's header and cells while it shows a table, one line a row, cells separated by " | ". */
    String tableText() {
        if (!tableView.isVisible()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(tableView.getColumns().stream().map(TableColumn::getText).collect(Collectors.joining(" | ")));
        for (List<Object> row : tableView.getItems()) {
            lines.add(row.subList(0, tableView.getColumns().size()).stream().map(ExportPreview::text)
                    .collect(Collectors.joining(" | ")));
        }
        return String.join("\n", lines);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** How much the picture is reduced to fit (1 = actual size), or 0 when no picture is shown. */
    /** How many pages the preview shows: the sheets of a PDF on paper, else 1 for a picture, 0 for none. */
    int pageCount() {
        return picture == null ? 0 : sheets == null ? 1 : sheets.tiles().size();
    }

    double fitScale() {
        if (picture == null) {
            return 0;
        }
        double w = Math.max(1, getWidth() - 2 * PAD);
        double h = Math.max(1, getHeight() - 2 * PAD);
        return Math.min(1, Math.min(w / shownWidth(), h / shownHeight()));
    }

    private double shownWidth() {
        return sheets == null ? picture.width()
                : sheets.columns() * sheets.pageWidth() + (sheets.columns() - 1) * SHEET_GAP;
    }

    private double shownHeight() {
        return sheets == null ? picture.height()
                : sheets.rows() * sheets.pageHeight() + (sheets.rows() - 1) * SHEET_GAP;
    }

    @Override
    protected void layoutChildren() {
        tableView.resizeRelocate(0, 0, getWidth(), getHeight());
        double scale = fitScale();
        double w = picture == null ? 0 : Math.floor(shownWidth() * scale);
        double h = picture == null ? 0 : Math.floor(shownHeight() * scale);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(Math.floor((getWidth() - w) / 2), Math.floor((getHeight() - h) / 2));
        paint();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (picture == null || canvas.getWidth() < 1) {
            return;
        }
        if (transparent) {
            // The usual sign of "no background": a light checkerboard behind the picture.
            gc.setFill(Color.rgb(236, 236, 236));
            for (double y = 0; y < canvas.getHeight(); y += CHECKER) {
                for (double x = (y / CHECKER) % 2 == 0 ? 0 : CHECKER; x < canvas.getWidth(); x += 2 * CHECKER) {
                    gc.fillRect(x, y, CHECKER, CHECKER);
                }
            }
        }
        double scale = fitScale();
        FxPainter painter = new FxPainter(gc);
        painter.pushTransform(0, 0, scale);
        if (sheets == null) {
            picture.paint(painter);
        } else {
            for (PosterTiling.Tile tile : sheets.tiles()) {
                paintSheet(painter, tile);
            }
        }
        painter.popTransform();
    }

    /** One sheet as PdfExporter writes it: white paper, the map inside the margins (crop marks left out). */
    private void paintSheet(FxPainter painter, PosterTiling.Tile tile) {
        double x = tile.column() * (sheets.pageWidth() + SHEET_GAP);
        double y = tile.row() * (sheets.pageHeight() + SHEET_GAP);
        double m = sheets.margin();
        double s = sheets.scale();
        painter.fillRect(x, y, sheets.pageWidth(), sheets.pageHeight(), 0xFFFFFFFF);
        double ox = sheets.poster() ? m - tile.x() * s : (sheets.pageWidth() - picture.width() * s) / 2;
        double oy = sheets.poster() ? m - tile.y() * s : (sheets.pageHeight() - picture.height() * s) / 2;
        painter.pushClip(x + m, y + m, sheets.pageWidth() - 2 * m, sheets.pageHeight() - 2 * m);
        painter.pushTransform(x + ox, y + oy, s);
        picture.paint(painter, new Rect(tile.x(), tile.y(), tile.w(), tile.h()));
        painter.popTransform();
        painter.popClip();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 460;
    }

}
