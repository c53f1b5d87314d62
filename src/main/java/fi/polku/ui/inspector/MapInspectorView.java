package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.ui.BrandSetting;
import fi.polku.ui.Messages;
import fi.polku.ui.PolkuHome;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.List;

/** The inspector page shown when nothing is selected: the map's title, description, audience and brand. */
public final class MapInspectorView extends FormPage {
    private final MapInspectorViewModel model;

    private final BrandFields brand;
    private final Label savedAsDefault = new Label();
    /** The brand last made the default here, so that the note saying so goes when the brand changes. */
    private fi.polku.model.Brand storedAsDefault;

    /** @param personas the personas panel, shown where the map's personas are listed */
    public MapInspectorView(MapInspectorViewModel model, PolkuHome home, javafx.scene.Node personas) {
        super("inspector.map.heading", model::endMerge);
        this.model = model;
        form.text("inspector.map.title", "map-title", new TextField(), model.title);
        form.area("inspector.map.description", "map-description", model.description);
        ChoiceBox<String> language = form.field("inspector.map.language", "map-language",
                new ChoiceBox<>(model.languages), model.language);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return MapInspectorViewModel.languageName(tag);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        language.valueProperty().bindBidirectional(model.language.valueProperty());
        form.area("inspector.map.scenario", "map-scenario", model.scenario);
        form.subheading("inspector.map.personas");
        form.add(personas);
        form.subheading("inspector.map.brand");
        Label brandHint = new Label(Messages.get("inspector.map.brand.hint"));
        brandHint.getStyleClass().add("mixed-hint");
        brandHint.setWrapText(true);
        form.add(brandHint);
        brand = new BrandFields("map-brand", model::setBrand);
        form.add(brand.node());
        Label saved = savedAsDefault;
        saved.setId("map-brand-default-status");
        saved.getStyleClass().add("mixed-hint");
        saved.setWrapText(true);
        Button useAsDefault = Form.button("brand.useAsDefault", () -> {
            try {
                BrandSetting.store(home, brand.brand());
                storedAsDefault = brand.brand();
                saved.setText(Messages.get("brand.useAsDefault.done"));
            } catch (java.io.IOException e) {
                saved.setText(Messages.format("brand.useAsDefault.failed", e.getMessage()));
            }
        });
        useAsDefault.setId("map-brand-use-as-default");
        form.add(new javafx.scene.layout.VBox(3, useAsDefault, saved));
        form.subheading("inspector.map.vocabulary");
        form.add(VocabularyButtons.of(model::current, model::execute));
    }

    /** The brand controls, for tests that give them a file as the file chooser would. */
    BrandFields brandFields() {
        return brand;
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(map);
        if (!map.brand().equals(brand.brand())) {
            brand.load(map.brand());
        }
        if (!map.brand().equals(storedAsDefault)) {
            savedAsDefault.setText(null);
        }
    }
}
