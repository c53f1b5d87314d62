package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueFactor;
import fi.polku.ui.Messages;
import fi.polku.ui.canvas.CardPicking;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inspector page of one opportunity: its text, the touchpoints it links (picked on the canvas or
 * removed from the list), and its value estimate, whose yearly value and formula follow the typing.
 */
public final class OpportunityInspectorView extends FormPage {
    private final OpportunityInspectorViewModel model;
    private final CardPicking picking;
    private final VBox linkedRows = new VBox(4);
    private final Button link = new Button();

    public OpportunityInspectorView(OpportunityInspectorViewModel model, CardPicking picking) {
        super("inspector.opportunity.heading", model::endMerge);
        this.model = model;
        this.picking = picking;
        form.area("inspector.opportunity.text", "opportunity-text", model.text).setPrefRowCount(2);
        linkedSection();
        estimateSection();
        Button delete = Form.button("inspector.opportunity.delete", model::delete);
        delete.setId("opportunity-delete");
        delete.getStyleClass().add("danger");
        VBox end = new VBox(delete);
        end.setStyle("-fx-padding: 12 0 0 0;");
        form.add(end);
    }

    private void linkedSection() {
        form.subheading("inspector.opportunity.linked");
        form.add(linkedRows);
        model.linked.addListener((ListChangeListener<Touchpoint>) c -> rebuildLinked());
        rebuildLinked();
        link.setId("opportunity-link");
        link.setOnAction(e -> toggleLinking());
        Label hint = new Label(Messages.get("inspector.opportunity.linkHint"));
        hint.getStyleClass().add("mixed-hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(picking.activeProperty());
        hint.managedProperty().bind(picking.activeProperty());
        picking.activeProperty().addListener((o, was, now) -> labelLinkButton());
        labelLinkButton();
        form.add(new VBox(4, link, hint));
    }

    private void estimateSection() {
        form.subheading("inspector.opportunity.estimate");
        Label yearly = new Label();
        yearly.setId("opportunity-yearly");
        yearly.getStyleClass().add("opportunity-yearly");
        yearly.textProperty().bind(model.yearly);
        yearly.setWrapText(true);
        Label formula = new Label();
        formula.setId("opportunity-formula");
        formula.textProperty().bind(model.formula);
        formula.setWrapText(true);
        Label hint = new Label();
        hint.getStyleClass().add("mixed-hint");
        hint.textProperty().bind(model.hint);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        form.add(new VBox(2, yearly, formula, hint));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(44);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, field, new ColumnConstraints());
        int row = 0;
        for (ValueFactor factor : ValueFactor.values()) {
            row = factorRows(grid, row, model.factors.get(factor));
        }
        currencyRow(grid, row);
        form.add(grid);
    }

    /** A factor's name, field and unit, its error line, and its evidence and note; returns the next row. */
    private int factorRows(GridPane grid, int row, OpportunityInspectorViewModel.FactorRow f) {
        ValueFactor factor = f.factor();
        String id = "factor-" + factor.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Label name = new Label(Messages.of(factor));
        name.setWrapText(true);
        Tooltip tip = new Tooltip(Messages.get("opportunity.tip." + factor.name()));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        name.setTooltip(tip);
        TextField input = new TextField();
        input.setId(id);
        input.setTooltip(tip);
        input.setAccessibleText(name.getText());
        input.setPromptText("0");
        name.setLabelFor(input);
        input.textProperty().bindBidirectional(f.text().valueProperty());
        input.setOnAction(e -> model.apply(factor));
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.revert(factor);
            }
        });
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.apply(factor);
                model.endMerge();
            }
        });
        Label unit = new Label(unit(factor));
        unit.getStyleClass().add("field-label");
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (factor == ValueFactor.VALUE_PER_CUSTOMER) {
            unit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> symbol(model.currency.get()), model.currency.valueProperty()));
        }
        grid.add(name, 0, row);
        grid.add(input, 1, row);
        grid.add(unit, 2, row++);
        grid.add(Form.collapsingErrorLine(id, input, f.text()), 1, row++, 2, 1);

        List<EvidenceLevel> levels = new ArrayList<>();
        levels.add(null);
        levels.addAll(List.of(EvidenceLevel.values()));
        ChoiceBox<EvidenceLevel> evidence = new ChoiceBox<>(FXCollections.observableArrayList(levels));
        evidence.setId(id + "-evidence");
        evidence.setConverter(EnumText.converter());
        evidence.valueProperty().bindBidirectional(f.evidence().valueProperty());
        evidence.setAccessibleText(Messages.get("inspector.opportunity.evidence"));
        evidence.setTooltip(new Tooltip(Messages.get("inspector.opportunity.evidence")));
        evidence.setMaxWidth(Double.MAX_VALUE);
        evidence.disableProperty().bind(model.estimated.not());
        TextField note = new TextField();
        note.setId(id + "-note");
        note.setPromptText(Messages.get("inspector.opportunity.note"));
        note.setAccessibleText(Messages.get("inspector.opportunity.note"));
        note.textProperty().bindBidirectional(f.note().valueProperty());
        note.disableProperty().bind(model.estimated.not());
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.endMerge();
            }
        });
        grid.add(evidence, 0, row);
        grid.add(note, 1, row++, 2, 1);
        Label gap = new Label();
        gap.setMinHeight(4);
        grid.add(gap, 0, row++);
        return row;
    }

    private void currencyRow(GridPane grid, int row) {
        Label name = new Label(Messages.get("inspector.opportunity.currency"));
        ComboBox<String> currency = new ComboBox<>(FXCollections.observableArrayList("EUR", "USD", "GBP", "SEK",
                "NOK", "DKK", "CHF"));
        currency.setId("opportunity-currency");
        currency.setEditable(true);
        currency.setMaxWidth(Double.MAX_VALUE);
        currency.setAccessibleText(name.getText());
        name.setLabelFor(currency);
        model.currency.valueProperty().addListener((o, was, now) -> currency.setValue(now));
        currency.setValue(model.currency.get());
        currency.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.currency.get())) {
                model.currency.valueProperty().set(now);
                model.applyCurrency();
            }
        });
        grid.add(name, 0, row);
        grid.add(currency, 1, row++);
        grid.add(Form.collapsingErrorLine("opportunity-currency", currency, model.currency), 1, row, 2, 1);
    }

    /** The currency's sign as the window's language writes it (€, $), or the code when it has none. */
    private static String symbol(String code) {
        try {
            return java.util.Currency.getInstance(code).getSymbol(fi.polku.text.Localization.ui());
        } catch (IllegalArgumentException | NullPointerException notACode) {
            return code == null ? "" : code;
        }
    }

    private static String unit(ValueFactor factor) {
        return factor == ValueFactor.VALUE_PER_CUSTOMER ? "" : Messages.get("opportunity.unit." + factor.name());
    }

    private void rebuildLinked() {
        linkedRows.getChildren().clear();
        if (model.linked.isEmpty()) {
            Label none = new Label(Messages.get("inspector.opportunity.linked.none"));
            none.getStyleClass().add("mixed-hint");
            linkedRows.getChildren().add(none);
        }
        for (Touchpoint t : model.linked) {
            Label title = new Label(t.title().isBlank() ? "—" : t.title());
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Button remove = new Button(Messages.get("inspector.opportunity.unlink"));
            remove.setId("opportunity-unlink-" + t.id());
            remove.getStyleClass().add("small");
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            remove.setTooltip(new Tooltip(Messages.format("inspector.opportunity.unlink.tooltip", t.title())));
            remove.setOnAction(e -> model.toggleLink(t.id()));
            HBox line = new HBox(8, title, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            linkedRows.getChildren().add(line);
        }
    }

    private void toggleLinking() {
        if (picking.isActive()) {
            picking.end();
        } else {
            picking.begin(model.title(), model.linkedIds(), model::toggleLink, () -> { });
        }
    }

    private void labelLinkButton() {
        link.setText(Messages.get(picking.isActive() ? "inspector.opportunity.linkDone"
                : "inspector.opportunity.link"));
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        if (!ids.isEmpty() && !ids.getFirst().equals(model.id())) {
            picking.end();
        }
        model.load(ids.isEmpty() ? null : ids.getFirst(), map);
        picking.show(model.id() == null ? Set.of() : model.linkedIds());
    }

    /** Ends picking and the outlines when the inspector turns to another page. */
    void hidden() {
        picking.end();
        picking.show(Set.of());
    }
}
