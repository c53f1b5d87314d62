package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.List;

/** The inspector page shown when nothing is selected: the map's title, description and audience. */
public final class MapInspectorView extends FormPage {
    private final MapInspectorViewModel model;

    public MapInspectorView(MapInspectorViewModel model) {
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
        form.area("inspector.map.personas", "map-personas", model.personas);
        Label hint = new Label(Messages.get("inspector.map.personas.hint"));
        hint.getStyleClass().add("mixed-hint");
        hint.setWrapText(true);
        form.add(hint);
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(map);
    }
}
