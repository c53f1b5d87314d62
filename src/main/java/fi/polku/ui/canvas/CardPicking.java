package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.render.Painter;
import fi.polku.ui.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Picking cards on the canvas for something outside it, such as the touchpoints an opportunity links:
 * the picked cards are outlined, and while picking is on, a click on a card toggles it instead of
 * selecting it, a banner says so, and Esc ends it. Screen only: exports never see it.
 */
public final class CardPicking {
    private static final double WIDTH_PX = 3;

    private final JourneyCanvas canvas;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "picking");
    private final EventHandler<KeyEvent> escape = this::escape;
    private Set<String> picked = Set.of();
    private Consumer<String> onToggle = id -> { };
    private Runnable onEnd = () -> { };
    private Label banner;
    private Scene listening;

    CardPicking(JourneyCanvas canvas) {
        this.canvas = canvas;
        // Filters: they see a click before the canvas's own handlers would select, drag or add a card.
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED,
                MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            canvas.surface().addEventFilter(type, this::mouse);
        }
        canvas.widthProperty().addListener((o, was, now) -> placeBanner());
        canvas.heightProperty().addListener((o, was, now) -> placeBanner());
    }

    /** Outlines these cards (an opportunity's touchpoints); an empty set outlines none. */
    public void show(Set<String> ids) {
        picked = Set.copyOf(ids);
        canvas.requestRepaint();
    }

    /**
     * Starts picking: each click on a card goes to {@code toggle}; {@code ended} runs when picking ends by
     * Esc or {@link #end()}. {@code forWhat} names the thing picked for in the banner.
     */
    public void begin(String forWhat, Set<String> ids, Consumer<String> toggle, Runnable ended) {
        onToggle = toggle;
        onEnd = ended;
        show(ids);
        if (banner == null) {
            banner = new Label();
            banner.setId("card-picking-banner");
            banner.getStyleClass().add("card-picking-banner");
            banner.setManaged(false);
            banner.setWrapText(true);
            canvas.addOverlay(banner);
        }
        banner.setText(Messages.format("canvas.linking", forWhat));
        banner.setVisible(true);
        placeBanner();
        listening = canvas.getScene();
        if (listening != null) {
            listening.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        canvas.surface().setCursor(Cursor.HAND);
        active.set(true);
    }

    /** Ends picking; the cards stay outlined until {@link #show} says otherwise. */
    public void end() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        banner.setVisible(false);
        if (listening != null) {
            listening.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            listening = null;
        }
        canvas.surface().setCursor(Cursor.DEFAULT);
        Runnable ended = onEnd;
        onEnd = () -> { };
        onToggle = id -> { };
        ended.run();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** Okabe–Ito reddish purple in the palette: apart from the blue of the selection and the status colours. */
    private static int pickedColour(MapLayout layout) {
        return layout.theme().palette().picked();
    }

    /** The outlines, in map units: the painter carries the view transform. */
    void paint(Painter p, MapLayout layout, double zoom) {
        if (picked.isEmpty()) {
            return;
        }
        double r = layout.theme().sizes().cardRadius();
        for (String id : picked) {
            CardBox card = layout.card(id);
            if (card == null) {
                continue;
            }
            Rect b = card.bounds();
            double gap = 3 / zoom;
            if (active.get()) {
                p.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, (pickedColour(layout) & 0x00FFFFFF) | 0x22000000);
            }
            p.strokeRoundRect(b.x() - gap, b.y() - gap, b.w() + 2 * gap, b.h() + 2 * gap, r + gap, pickedColour(layout),
                    (active.get() ? WIDTH_PX : 2) / zoom);
        }
    }

    private void mouse(MouseEvent e) {
        if (!active.get() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            canvas.requestFocus();
            CardBox card = canvas.mapLayout().cardAt(canvas.viewport().toMapX(e.getX()),
                    canvas.viewport().toMapY(e.getY()));
            if (card != null) {
                onToggle.accept(card.touchpointId());
            }
        }
    }

    /** Esc ends picking, except in a text field, where it takes back what was typed. */
    private void escape(KeyEvent e) {
        boolean inField = listening != null && listening.getFocusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE && !inField) {
            e.consume();
            end();
        }
    }

    private void placeBanner() {
        if (banner == null || !banner.isVisible()) {
            return;
        }
        banner.applyCss();
        double w = Math.min(560, canvas.getWidth() - 40);
        double h = banner.prefHeight(w);
        // At the foot of the view, where it hides no stage header and leaves the legend button free.
        banner.resizeRelocate(Math.max(8, (canvas.getWidth() - w) / 2), Math.max(8, canvas.getHeight() - h - 60), w, h);
    }
}
