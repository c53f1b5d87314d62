package fi.polku.ui.present;

import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.fx.FxPainter;
import fi.polku.render.present.Slide;
import fi.polku.render.present.SlidePictures;
import fi.polku.ui.Messages;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.List;

/**
 * The presentation: a full-screen window on the screen the editor's window is on, with no editing chrome,
 * showing one slide at a time painted by the map's and the charts' own painters. A small slide counter
 * fades away after each change; slides change at once, as a clicker expects. Ending it closes the window and
 * leaves the editor exactly as it was.
 */
public final class PresentationWindow {
    private static final Duration COUNTER_SHOWN = Duration.seconds(1.5);
    private static final Duration CURSOR_SHOWN = Duration.seconds(2);

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final StackPane root = new StackPane();
    private final Pane surface = new Pane();
    private final Label counter = new Label();
    private final Region blank = new Region();
    private final SlideShow show;
    private final JourneyMap map;
    private final Theme theme;
    private final Runnable onEnd;
    private final SequentialTransition counterFade;
    private final PauseTransition cursorWait = new PauseTransition(CURSOR_SHOWN);
    private final Canvas canvas = new Canvas();
    /** Shows a prepared slide: one image drawn, where the canvas rasterises the whole slide. */
    private final ImageView prepared = new ImageView();
    private final PreparedSlides ahead = new PreparedSlides();
    private SlidePictures pictures;
    private fi.polku.metrics.MapComparison compare;
    private boolean ended;

    /**
     * @param owner         the editor's window: the presentation goes on its screen
     * @param slides        the slides to show, at least one
     * @param chooseSlides  what the key C does (the checklist of slides)
     * @param onEnd         run once the presentation has closed
     */
    public PresentationWindow(Window owner, JourneyMap map, Theme theme, List<Slide> slides,
                              Runnable chooseSlides, Runnable onEnd) {
        this.map = map;
        this.theme = theme;
        this.onEnd = onEnd;
        this.show = new SlideShow(slides);
        stage.initOwner(owner);
        root.setId("presentation");
        root.getProperties().put(SlideShow.class, show);
        root.setBackground(javafx.scene.layout.Background.fill(colour(theme.palette().background())));
        prepared.setId("presentation-prepared");
        prepared.setVisible(false);
        surface.setId("presentation-surface");
        surface.getChildren().addAll(canvas, prepared);
        blank.setId("presentation-blank");
        blank.setBackground(javafx.scene.layout.Background.fill(Color.BLACK));
        blank.visibleProperty().bind(show.blankProperty());
        counter.setId("presentation-counter");
        counter.setMouseTransparent(true);
        counter.setStyle("-fx-background-color: rgba(0,0,0,0.55); -fx-text-fill: white; -fx-background-radius: 6;"
                + " -fx-padding: 4 12 4 12;");
        StackPane.setAlignment(counter, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(counter, new Insets(0, 24, 20, 0));
        root.getChildren().addAll(surface, blank, counter);

        FadeTransition fadeOut = new FadeTransition(Duration.millis(600), counter);
        fadeOut.setToValue(0);
        counterFade = new SequentialTransition(new PauseTransition(COUNTER_SHOWN), fadeOut);
        cursorWait.setOnFinished(e -> root.setCursor(Cursor.NONE));

        PresentationKeys keys = new PresentationKeys(show, new PresentationKeys.Actions() {
            @Override
            public void end() {
                PresentationWindow.this.end();
            }

            @Override
            public void chooseSlides() {
                chooseSlides.run();
            }

            @Override
            public void keyTyped() {
                showCounter();
            }
        });
        Scene scene = new Scene(root, Color.BLACK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.press(e)) {
                e.consume();
            }
        });
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                show.next();
            } else if (e.getButton() == MouseButton.SECONDARY) {
                show.previous();
            }
        });
        root.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            root.setCursor(Cursor.DEFAULT);
            cursorWait.playFromStart();
        });
        show.currentProperty().addListener((o, was, now) -> {
            paint();
            showCounter();
        });
        // A number being typed stays on the counter until Enter, another digit or Esc, as in slide programs.
        show.typedProperty().addListener((o, was, now) -> showCounter());
        root.widthProperty().addListener(o -> paint());
        root.heightProperty().addListener(o -> paint());
        // Moved to a screen of another pixel density: the prepared images are made again at its scale.
        stage.outputScaleXProperty().addListener(o -> {
            pictures = null;
            paint();
        });
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> finish());
        placeOn(owner);
    }

    /** Shows the first slide full screen. */
    public void show() {
        stage.show();
        stage.setFullScreen(true);
        root.setCursor(Cursor.NONE);
        paint();
        showCounter();
        root.requestFocus();
    }

    /** Where the presentation is. */
    public SlideShow slideShow() {
        return show;
    }

    /** The slides painted ahead of the presenter. */
    public PreparedSlides preparedSlides() {
        return ahead;
    }

    /** The presentation's content, as the screen shows it (for a snapshot of what the room sees). */
    public Region root() {
        return root;
    }

    /** The full-screen window, for a dialog opened over it. */
    public Stage stage() {
        return stage;
    }

    /** Closes the presentation; the editor gets the keyboard back. */
    public void end() {
        if (!ended) {
            // Out of full screen before closing: closing a full-screen window made the headless toolkit
            // (Monocle) shrink the editor's window to nothing.
            stage.setFullScreen(false);
            stage.close();
        }
    }

    /** Shows another choice of slides, staying on the current slide if it is still shown. */
    public void setSlides(List<Slide> slides) {
        show.setSlides(slides);
        ahead.showing(show.slides(), show.indexProperty().get());
        showCounter();
    }

    private void finish() {
        if (!ended) {
            ended = true;
            counterFade.stop();
            cursorWait.stop();
            ahead.stop();
            prepared.setImage(null);
            onEnd.run();
        }
    }

    /** The screen that holds the middle of the owner's window, full size. */
    private void placeOn(Window owner) {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX() + owner.getWidth() / 2,
                    owner.getY() + owner.getHeight() / 2, 1, 1);
            if (!screens.isEmpty()) {
                bounds = screens.getFirst().getBounds();
            }
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Shows the compare view's marks (null for none) on the map and stage slides, as the canvas does. */
    public void compared(fi.polku.metrics.MapComparison comparison) {
        compare = comparison;
        pictures = null;
        paint();
    }

    /**
     * Puts the current slide on the screen at the window's size: its prepared image when there is one,
     * else painted now; then the slides around it are prepared once the presenter pauses.
     */
    private void paint() {
        double w = root.getWidth();
        double h = root.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (pictures == null || pictures.width() != w || pictures.height() != h) {
            pictures = new SlidePictures(map, theme, w, h).compared(compare);
            ahead.reset(pictures, stage.getOutputScaleX(), stage.getOutputScaleY());
        }
        Slide slide = show.current();
        Image image = ahead.get(slide);
        if (image != null) {
            prepared.setImage(image);
            prepared.setFitWidth(w);
            prepared.setFitHeight(h);
        } else {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            pictures.of(slide).paint(FxPainter.withScreenText(canvas.getGraphicsContext2D()));
            prepared.setImage(null);
        }
        prepared.setVisible(image != null);
        canvas.setVisible(image == null);
        ahead.showing(show.slides(), show.indexProperty().get());
    }

    private void showCounter() {
        String typed = show.typedProperty().get();
        counter.setText(typed.isEmpty()
                ? Messages.format("present.counter", show.indexProperty().get() + 1, show.slides().size())
                : Messages.format("present.typed", typed));
        counter.setFont(javafx.scene.text.Font.font(Math.max(14, root.getHeight() / 54)));
        counter.setOpacity(1);
        if (typed.isEmpty()) {
            counterFade.playFromStart();
        } else {
            counterFade.stop();
        }
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
