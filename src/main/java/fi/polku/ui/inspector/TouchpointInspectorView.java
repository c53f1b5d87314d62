package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.Rating;

import java.util.List;
import java.util.function.Function;

/** The inspector page for one or more selected touchpoints. */
public final class TouchpointInspectorView extends FormPage {
    private final TouchpointInspectorViewModel model;
    private final LinkedOpportunitiesView opportunities;
    private final fi.polku.ui.persona.PersonaChips personas;

    /** @param openOpportunity shows an opportunity that links the touchpoint */
    public TouchpointInspectorView(TouchpointInspectorViewModel model,
                                   java.util.function.Consumer<String> openOpportunity) {
        super("inspector.touchpoint.heading", model::endMerge);
        this.model = model;
        ((Label) form.box().getChildren().getFirst()).textProperty().bind(model.heading);
        form.text("inspector.touchpoint.title", "touchpoint-title", new TextField(), model.title);
        form.area("inspector.touchpoint.description", "touchpoint-description", model.description);
        choice("inspector.touchpoint.stage", "touchpoint-stage", model.stageIds, model.stage, model::stageName);
        choice("inspector.touchpoint.lane", "touchpoint-lane", model.laneIds, model.lane, model::laneName);
        importance();
        emotion();
        ChoiceBox<EvidenceLevel> evidence = form.field("inspector.touchpoint.evidence", "touchpoint-evidence",
                new ChoiceBox<>(FXCollections.observableArrayList(EvidenceLevel.values())), model.evidence);
        evidence.setConverter(EnumText.converter());
        evidence.valueProperty().bindBidirectional(model.evidence.valueProperty());
        form.text("inspector.touchpoint.owner", "touchpoint-owner", new TextField(), model.owner);
        form.text("inspector.touchpoint.tags", "touchpoint-tags", new TextField(), model.tags)
                .setTooltip(new javafx.scene.control.Tooltip(Messages.get("inspector.touchpoint.tags.hint")));
        personas = new fi.polku.ui.persona.PersonaChips(model.editor());
        form.add(personas.node());
        form.area("inspector.touchpoint.notes", "touchpoint-notes", model.notes);
        // Below the fields the editor had before, so that they keep their places on a short screen.
        choice("inspector.touchpoint.feeling", "touchpoint-feeling", model.feelings.ids, model.feelings.feeling,
                model.feelings::name);
        choice("inspector.touchpoint.intendedFeeling", "touchpoint-intended-feeling", model.feelings.ids,
                model.feelings.intended, model.feelings::name);
        Node measurements = new MeasurementsView(model.measurements, model::endMerge).view();
        measurements.visibleProperty().bind(model.single);
        measurements.managedProperty().bind(model.single);
        form.add(measurements);
        form.add(new TargetsView(model.targets, model::endMerge).view());
        opportunities = new LinkedOpportunitiesView(openOpportunity);
        // Under the title and description: on a card of the opportunities lane it is what matters most.
        form.box().getChildren().add(3, opportunities.view());
    }

    private void choice(String labelKey, String id, javafx.collections.ObservableList<String> ids,
                        EditableValue<String> value, Function<String, String> name) {
        ChoiceBox<String> box = form.field(labelKey, id, new ChoiceBox<>(ids), value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stageOrLaneId) {
                return name.apply(stageOrLaneId);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        box.valueProperty().bindBidirectional(value.valueProperty());
        Label mixed = new Label(Messages.get("inspector.mixed"));
        mixed.getStyleClass().add("mixed-hint");
        mixed.visibleProperty().bind(value.mixedProperty());
        mixed.managedProperty().bind(value.mixedProperty());
        ((javafx.scene.layout.VBox) box.getParent()).getChildren().add(mixed);
    }

    /** Importance 1..5 as stars; zero stars or the clear button means "not rated". */
    private void importance() {
        Rating rating = new Rating(5, 0);
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        model.importance.valueProperty().addListener((o, was, now) -> rating.setRating(now == null ? 0 : now));
        rating.ratingProperty().addListener((o, was, now) -> {
            Double next = now.doubleValue() < 1 ? null : now.doubleValue();
            if (!java.util.Objects.equals(next, model.importance.get())) {
                model.importance.valueProperty().set(next);
            }
        });
        // Stars by keyboard: 1-5 set, 0 / Backspace / Delete clear, arrows step.
        rating.setFocusTraversable(true);
        rating.setOnKeyPressed(e -> {
            int now = (int) Math.round(rating.getRating());
            int next = switch (e.getCode()) {
                case DIGIT0, NUMPAD0, BACK_SPACE, DELETE -> 0;
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                case DIGIT4, NUMPAD4 -> 4;
                case DIGIT5, NUMPAD5 -> 5;
                case RIGHT, UP -> Math.min(5, now + 1);
                case LEFT, DOWN -> Math.max(0, now - 1);
                default -> -1;
            };
            if (next >= 0) {
                rating.setRating(next);
                e.consume();
            }
        });
        Button clear = clearButton("touchpoint-importance-clear", model::clearImportance);
        Label state = stateLabel(model.importance, v -> Messages.format("inspector.touchpoint.importance.value",
                Numbers.format(v)));
        form.field("inspector.touchpoint.importance", "touchpoint-importance", rating, model.importance);
        replaceWithRow(rating, clear, state, false);
    }

    /** Emotion -3..+3 on a slider; the label says "not rated" until it is set, the clear button unsets it. */
    private void emotion() {
        Slider slider = new Slider(-3, 3, 0);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        boolean[] showing = {false};
        model.emotion.valueProperty().addListener((o, was, now) -> {
            showing[0] = true;
            slider.setValue(now == null ? 0 : now);
            showing[0] = false;
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (showing[0]) {
                return;
            }
            double snapped = Math.round(now.doubleValue());
            if (model.emotion.get() == null || model.emotion.get() != snapped) {
                model.emotion.valueProperty().set(snapped);
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                model.endMerge();
            }
        });
        // A click that leaves the slider at 0 changes no value, so an unrated card would stay unrated:
        // a press on an unrated slider sets the value it shows (neutral 0 when the thumb is at 0).
        slider.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (model.emotion.get() == null) {
                model.emotion.valueProperty().set((double) Math.round(slider.getValue()));
                model.endMerge();
            }
        });
        slider.setTooltip(new javafx.scene.control.Tooltip(Messages.get("emotion.slider.tooltip")));
        // Not rated looks different from 0: the thumb fades until a value is set.
        slider.getStyleClass().add("emotion-unrated");
        model.emotion.valueProperty().addListener((o, was, now) -> {
            slider.getStyleClass().remove("emotion-unrated");
            if (now == null) {
                slider.getStyleClass().add("emotion-unrated");
            }
        });
        Button clear = clearButton("touchpoint-emotion-clear", model::clearEmotion);
        clear.setTooltip(new javafx.scene.control.Tooltip(Messages.get("emotion.clear.tooltip")));
        Label state = stateLabel(model.emotion, v -> Messages.format("inspector.touchpoint.emotion.value",
                (v > 0 ? "+" : "") + Numbers.format(v)));
        form.field("inspector.touchpoint.emotion", "touchpoint-emotion", slider, model.emotion);
        replaceWithRow(slider, clear, state, true);
    }

    private static Label stateLabel(EditableValue<Double> value, Function<Double, String> text) {
        Label label = new Label();
        label.getStyleClass().add("mixed-hint");
        label.textProperty().bind(Bindings.createStringBinding(() -> value.mixedProperty().get()
                        ? Messages.get("inspector.mixed")
                        : value.get() == null ? Messages.get("inspector.notRated") : text.apply(value.get()),
                value.valueProperty(), value.mixedProperty()));
        label.setMinWidth(90);
        return label;
    }

    private static Button clearButton(String id, Runnable clear) {
        Button button = new Button(Messages.get("inspector.clear"));
        button.setId(id);
        button.getStyleClass().add("small");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> clear.run());
        return button;
    }

    /** Puts a control, its state label and its clear button on one line in place of the bare control. */
    private static void replaceWithRow(javafx.scene.control.Control control, Button clear, Label state,
                                       boolean grow) {
        var group = (javafx.scene.layout.VBox) control.getParent();
        int at = group.getChildren().indexOf(control);
        HBox row = new HBox(10, control, state, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        if (grow) {
            HBox.setHgrow(control, Priority.ALWAYS);
        } else {
            HBox.setHgrow(state, Priority.ALWAYS);
            state.setMaxWidth(Double.MAX_VALUE);
        }
        group.getChildren().add(at, row);
    }

    @Override
    public void show(List<String> ids, JourneyMap map) {
        model.load(ids, map);
        opportunities.show(ids, map);
        personas.show(ids, map);
    }
}
