package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportScope;
import fi.polku.export.ExportTable;
import fi.polku.export.HeaderText;
import fi.polku.export.PageLayout;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.render.svg.SvgText;
import fi.polku.ui.Messages;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The option controls of the Export dialog and the {@link ExportOptions} they describe. */
final class ExportForm {
    final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    /** The table a CSV file holds; a workbook holds them all. */
    final ChoiceBox<ExportTable> table = new ChoiceBox<>();
    final RadioButton wholeMap = radio("export-scope-whole", "export.scope.whole");
    final RadioButton selected = radio("export-scope-selection", "export.scope.selection");
    final RadioButton stageRange = radio("export-scope-stages", "export.scope.stages");
    final ChoiceBox<Stage> firstStage = new ChoiceBox<>();
    final ChoiceBox<Stage> lastStage = new ChoiceBox<>();
    final List<CheckBox> hiddenLanes = new ArrayList<>();
    final CheckBox header = check("export-header", "export.header");
    final CheckBox legend = check("export-legend", "export.legend");
    /** The map's logo and accent rule in the header; only offered when the map has a brand. */
    final CheckBox brand = check("export-brand", "export.brand");
    final CheckBox transparent = check("export-transparent", "export.transparent");
    final CheckBox svgTextPaths = check("export-svg-text-paths", "export.svgTextPaths");
    /** PDF on A4/A3: a large map as a poster of tiled sheets instead of fitted on one sheet (the default). */
    final CheckBox tiles = check("export-tiles", "export.tiles");
    final RadioButton byScale = radio("export-by-scale", "export.size.scale");
    final RadioButton byDpi = radio("export-by-dpi", "export.size.dpi");
    final ChoiceBox<Integer> scale = new ChoiceBox<>();
    final Spinner<Integer> dpi = new Spinner<>(ExportOptions.MIN_DPI, ExportOptions.MAX_DPI, 150, 25);
    final ChoiceBox<PageLayout> page = new ChoiceBox<>();
    /** One persona's journey (their cards and those for everyone), or "" for every card. */
    final ChoiceBox<String> persona = new ChoiceBox<>();
    private final JourneyMap map;
    /** The remembered brand choice, kept when a map without a brand is exported. */
    private final boolean brandChoice;
    private final Set<String> selection;
    private final VBox node;
    /** The compare view the canvas shows, exported with the map; null when not comparing. */
    private fi.polku.export.ExportComparison compare;

    ExportForm(JourneyMap map, Set<String> selection, ExportChoices choices) {
        this.map = map;
        this.brandChoice = choices.brand();
        this.selection = Set.copyOf(selection);
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> Messages.get("export.format." + f.name())));
        format.setValue(choices.format());
        table.setId("export-table");
        table.getItems().setAll(ExportTable.values());
        table.setConverter(converter(t -> Messages.get("export.csvTable." + t.name())));
        table.setValue(ExportTable.TOUCHPOINTS);
        table.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.CSV).not());

        ToggleGroup scope = new ToggleGroup();
        for (RadioButton r : List.of(wholeMap, selected, stageRange)) {
            r.setToggleGroup(scope);
        }
        selected.setText(Messages.format("export.scope.selection", this.selection.size()));
        selected.setDisable(this.selection.isEmpty());
        (this.selection.isEmpty() ? wholeMap : selected).setSelected(true);
        firstStage.setId("export-first-stage");
        lastStage.setId("export-last-stage");
        for (ChoiceBox<Stage> box : List.of(firstStage, lastStage)) {
            box.getItems().setAll(map.stages());
            box.setConverter(converter(Stage::name));
            box.disableProperty().bind(stageRange.selectedProperty().not());
            box.setPrefWidth(190);
        }
        stageRange.setDisable(map.stages().isEmpty());
        if (!map.stages().isEmpty()) {
            firstStage.setValue(map.stages().getFirst());
            lastStage.setValue(map.stages().getLast());
        }

        persona.setId("export-persona");
        persona.getItems().add("");
        map.personas().forEach(p -> persona.getItems().add(p.id()));
        persona.setConverter(converter(id -> id.isEmpty() ? Messages.get("export.persona.all")
                : map.personas().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.name().isBlank() ? id : p.name()).orElse(id)));
        persona.setValue("");
        persona.setDisable(map.personas().isEmpty());
        persona.setTooltip(new Tooltip(Messages.get("export.persona.tooltip")));

        VBox lanes = new VBox(4);
        lanes.setId("export-lanes");
        for (Lane lane : map.lanes()) {
            CheckBox box = new CheckBox(lane.name());
            box.setId("export-hide-" + lane.id());
            box.setUserData(lane.id());
            box.setMnemonicParsing(false);
            hiddenLanes.add(box);
            lanes.getChildren().add(box);
        }

        header.setSelected(choices.header());
        legend.setSelected(choices.legend());
        brand.setSelected(choices.brand() && !map.brand().isEmpty());
        if (map.brand().isEmpty()) {
            brand.setTooltip(new Tooltip(Messages.get("export.brand.none")));
        }
        transparent.setSelected(choices.transparent());
        svgTextPaths.setSelected(choices.svgTextPaths());
        svgTextPaths.setTooltip(new Tooltip(Messages.get("export.svgTextPaths.tooltip")));
        ToggleGroup size = new ToggleGroup();
        byScale.setToggleGroup(size);
        byDpi.setToggleGroup(size);
        (choices.useDpi() ? byDpi : byScale).setSelected(true);
        scale.setId("export-scale");
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setConverter(converter(s -> Messages.format("export.size.times", s)));
        scale.setValue(choices.scale());
        dpi.setId("export-dpi");
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        dpi.getValueFactory().setValue(choices.dpi());
        page.setId("export-page");
        page.getItems().setAll(PageLayout.values());
        page.setConverter(converter(p -> Messages.get("export.page." + p.name())));
        page.setValue(choices.page());

        BooleanBinding table = Bindings.createBooleanBinding(() -> format.getValue().table(), format.valueProperty());
        BooleanBinding png = format.valueProperty().isEqualTo(ExportFormat.PNG);
        header.disableProperty().bind(table);
        legend.disableProperty().bind(table);
        brand.disableProperty().bind(table.or(Bindings.createBooleanBinding(() -> map.brand().isEmpty())));
        transparent.disableProperty().bind(png.or(format.valueProperty().isEqualTo(ExportFormat.SVG)).not());
        svgTextPaths.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.SVG).not());
        byScale.disableProperty().bind(png.not());
        byDpi.disableProperty().bind(png.not());
        scale.disableProperty().bind(png.not().or(byDpi.selectedProperty()));
        dpi.disableProperty().bind(png.not().or(byScale.selectedProperty()));
        page.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF)
                .or(png.and(byDpi.selectedProperty())).not());
        tiles.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PDF).not()
                .or(page.valueProperty().isEqualTo(PageLayout.FIT)));

        GridPane stageRows = grid();
        stageRows.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
        stageRows.addRow(0, fieldLabel("export.scope.from"), firstStage);
        stageRows.addRow(1, fieldLabel("export.scope.to"), lastStage);
        GridPane picture = grid();
        picture.addRow(0, byScale, scale);
        picture.addRow(1, byDpi, dpi);
        picture.addRow(2, fieldLabel("export.page"), page);
        picture.add(tiles, 1, 3);
        node = new VBox(6,
                heading("export.section.format"), format, fieldLabel("export.csvTable"), this.table,
                heading("export.section.contents"), wholeMap, selected, stageRange,
                stageRows, fieldLabel("export.persona"), persona,
                heading("export.section.hideLanes"), lanes,
                heading("export.section.picture"), header, brand, legend, transparent, svgTextPaths,
                heading("export.section.size"), picture);
        node.getStyleClass().add("export-form");
        node.setId("export-form");
    }

    Node node() {
        return node;
    }

    /** Every control whose change alters the export. */
    List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(format.valueProperty(), table.valueProperty(),
                wholeMap.selectedProperty(),
                selected.selectedProperty(), stageRange.selectedProperty(), firstStage.valueProperty(),
                lastStage.valueProperty(), header.selectedProperty(), brand.selectedProperty(), legend.selectedProperty(),
                transparent.selectedProperty(), svgTextPaths.selectedProperty(), byDpi.selectedProperty(),
                scale.valueProperty(), dpi.valueProperty(), page.valueProperty(), tiles.selectedProperty(),
                persona.valueProperty()));
        hiddenLanes.forEach(b -> all.add(b.selectedProperty()));
        return all;
    }

    ExportFormat format() {
        return format.getValue();
    }

    /** The table a CSV file is to hold. */
    ExportTable table() {
        return table.getValue();
    }

    /** The options the controls describe; only those that apply to the chosen format are set. */
    ExportOptions options() {
        ExportFormat f = format();
        ExportOptions o = ExportOptions.defaults(map).withScope(scope()).withHiddenLanes(hiddenLaneIds())
                .withHeader(header.isSelected() ? HeaderText.of(exported()) : null).withLegend(legend.isSelected())
                .withBrand(brand.isSelected()).withCompare(compare);
        if (f == ExportFormat.PNG || f == ExportFormat.SVG) {
            o = o.withTransparent(transparent.isSelected());
        }
        if (f == ExportFormat.SVG) {
            o = o.withSvgText(svgTextPaths.isSelected() ? SvgText.PATHS : SvgText.FONT);
        }
        if (f == ExportFormat.PNG) {
            o = byDpi.isSelected() ? o.withDpi(dpi.getValue()) : o.withScale(scale.getValue());
        }
        if (f == ExportFormat.PDF || (f == ExportFormat.PNG && byDpi.isSelected())) {
            o = o.withPage(page.getValue());
        }
        if (f == ExportFormat.PDF) {
            o = o.withTiles(tiles.isSelected());
        }
        return o;
    }

    /**
     * The map as exported: the whole map, or the chosen persona's journey, with that persona alone named
     * in the header.
     */
    JourneyMap exported() {
        String id = persona.getValue();
        return id == null || id.isEmpty() ? map : map.personas().stream().filter(p -> p.id().equals(id))
                .findFirst().map(p -> fi.polku.model.PersonaJourney.of(map, p)).orElse(map);
    }

    /** Starts with one persona's journey chosen, e.g. the one the canvas shows; null or unknown changes nothing. */
    void compare(fi.polku.export.ExportComparison c) {
        compare = c;
    }

    void choosePersona(String personaId) {
        if (personaId != null && persona.getItems().contains(personaId)) {
            persona.setValue(personaId);
        }
    }

    /** The choices to remember for the next export. */
    ExportChoices choices(Path folder) {
        return new ExportChoices(format(), header.isSelected(), legend.isSelected(), scale.getValue(),
                byDpi.isSelected(), dpi.getValue(), transparent.isSelected(), page.getValue(), folder,
                svgTextPaths.isSelected(), map.brand().isEmpty() ? brandChoice : brand.isSelected());
    }

    private ExportScope scope() {
        if (selected.isSelected()) {
            return new ExportScope.Selection(selection);
        }
        if (stageRange.isSelected() && firstStage.getValue() != null && lastStage.getValue() != null) {
            // Either order means the same stretch of the journey.
            int a = map.stages().indexOf(firstStage.getValue());
            int b = map.stages().indexOf(lastStage.getValue());
            return new ExportScope.StageRange(map.stages().get(Math.min(a, b)).id(),
                    map.stages().get(Math.max(a, b)).id());
        }
        return ExportScope.WHOLE_MAP;
    }

    private Set<String> hiddenLaneIds() {
        Set<String> ids = new LinkedHashSet<>();
        hiddenLanes.stream().filter(CheckBox::isSelected).forEach(b -> ids.add((String) b.getUserData()));
        return ids;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("export-section");
        return label;
    }

    private static Label fieldLabel(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static RadioButton radio(String id, String key) {
        RadioButton r = new RadioButton(Messages.get(key));
        r.setId(id);
        return r;
    }

    private static CheckBox check(String id, String key) {
        CheckBox c = new CheckBox(Messages.get(key));
        c.setId(id);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
