package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/** A window with the journey canvas on a sample map, for looking at it by hand (not a test). */
public final class CanvasDemo extends Application {
    private JourneyCanvas canvas;

    /** Starts the demo; run with {@code large} for 20,000 cards, {@code medium} for 2,000,
     * {@code generated} for the 2,000-card generated map; add {@code fit} to fit it to the window. */
    public static void main(String[] args) {
        Application.launch(CanvasDemo.class, args);
    }

    @Override
    public void start(Stage stage) {
        canvas = new JourneyCanvas();
        List<String> raw = getParameters().getRaw();
        canvas.setMap(raw.contains("generated") ? fi.polku.model.MapGenerator.generate(2000, 8, 10, 1)
                : raw.contains("large") ? SampleMaps.large(40, 10, 20_000)
                : raw.contains("medium") ? SampleMaps.large(20, 8, 2_000) : SampleMaps.storeBus());
        canvas.setActions(new InMemoryActions());
        if (getParameters().getRaw().contains("select")) {
            canvas.state().selection().addAll(List.of("t4", "t5"));
        }
        stage.setScene(new Scene(canvas, 1280, 820));
        stage.setTitle("Polku canvas demo");
        stage.show();
        canvas.requestFocus();
        if (getParameters().getRaw().contains("fit")) {
            canvas.fitToWindow();
        }
    }

    /** Applies gestures straight to the map, standing in for the app's commands. */
    private final class InMemoryActions implements CanvasActions {
        private int next = 100;

        private void update(java.util.function.UnaryOperator<List<Touchpoint>> f) {
            JourneyMap m = canvas.getMap();
            canvas.setMap(m.withTouchpoints(f.apply(new ArrayList<>(m.touchpoints()))));
        }

        @Override
        public void createTouchpoint(String stageId, String laneId) {
            update(l -> {
                l.add(Touchpoint.create("n" + next++, "Uusi kosketuspiste", stageId, laneId));
                return l;
            });
        }

        @Override
        public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
            update(l -> {
                List<Touchpoint> moved = l.stream().filter(t -> ids.contains(t.id()))
                        .map(t -> t.withCell(stageId, laneId)).toList();
                l.removeIf(t -> ids.contains(t.id()));
                int seen = 0;
                int at = l.size();
                for (int i = 0; i < l.size(); i++) {
                    if (l.get(i).isIn(stageId, laneId)) {
                        if (seen == indexInCell) {
                            at = i;
                            break;
                        }
                        seen++;
                        at = i + 1;
                    }
                }
                l.addAll(at, moved);
                return l;
            });
        }

        @Override
        public void setEmotion(String touchpointId, double emotion, boolean finished) {
            update(l -> l.stream().map(t -> t.id().equals(touchpointId) ? t.withEmotion(emotion) : t).toList());
        }

        @Override
        public void renameTouchpoint(String touchpointId, String newTitle) {
            update(l -> l.stream().map(t -> t.id().equals(touchpointId) ? t.withTitle(newTitle) : t).toList());
        }

        @Override
        public void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY) {
            System.out.println("context menu " + cell + " " + touchpointIdOrNull);
        }
    }
}
