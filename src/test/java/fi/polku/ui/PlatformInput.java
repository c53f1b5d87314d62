package fi.polku.ui;

import com.sun.glass.events.GestureEvent;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Method;

/**
 * Input that headless Monocle never produces, delivered to the window the way the native windowing code
 * delivers it (so JavaFX picks the target node and builds the event itself): the context-menu request a
 * desktop sends with a right-click or, on Windows, the menu key, and a touchpad pinch.
 */
final class PlatformInput {
    private PlatformInput() {
    }

    /** Right-clicks with the robot at a screen point, then sends the menu request the desktop would. */
    static void rightClick(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        robot.press(javafx.scene.input.MouseButton.SECONDARY).release(javafx.scene.input.MouseButton.SECONDARY);
        send(robot, screen, false);
    }

    /** A keyboard-triggered request as Windows sends for the menu key; the point is only the window's. */
    static void keyboard(FxRobot robot, Point2D screenInWindow) {
        send(robot, screenInWindow, true);
    }

    /**
     * A pinch at a screen point: ZOOM_STARTED, one ZOOM per factor, ZOOM_FINISHED, as a touchpad reports
     * it (each factor multiplies the zoom so far).
     */
    static void pinch(FxRobot robot, Point2D screen, double... factors) {
        robot.moveTo(screen);
        at(robot, screen, (view, x, y) -> {
            int sx = (int) Math.round(screen.getX());
            int sy = (int) Math.round(screen.getY());
            view.notifyZoomGestureEvent(GestureEvent.GESTURE_STARTED, 0, false, false, x, y, sx, sy, 1, 0, 1, 0);
            double total = 1;
            for (double f : factors) {
                total *= f;
                view.notifyZoomGestureEvent(GestureEvent.GESTURE_PERFORMED, 0, false, false, x, y, sx, sy, f, 0,
                        total, 0);
            }
            view.notifyZoomGestureEvent(GestureEvent.GESTURE_FINISHED, 0, false, false, x, y, sx, sy,
                    com.sun.glass.ui.View.GESTURE_NO_DOUBLE_VALUE, 0, total, 0);
        });
    }

    private static void send(FxRobot robot, Point2D screen, boolean keyboard) {
        at(robot, screen, (view, x, y) -> {
            try {
                Method notify = com.sun.glass.ui.View.class.getDeclaredMethod("notifyMenu", int.class, int.class,
                        int.class, int.class, boolean.class);
                notify.setAccessible(true);
                notify.invoke(view, x, y, (int) Math.round(screen.getX()), (int) Math.round(screen.getY()), keyboard);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }

    private interface ViewInput {
        void deliver(com.sun.glass.ui.View view, int x, int y);
    }

    /** Runs input on the FX thread against the top window at a screen point, in its view's pixels. */
    private static void at(FxRobot robot, Point2D screen, ViewInput input) {
        robot.interact(() -> {
            com.sun.glass.ui.Window target = null;
            for (com.sun.glass.ui.Window w : com.sun.glass.ui.Window.getWindows()) {
                if (w.isVisible() && w.getView() != null && screen.getX() >= w.getX() && screen.getY() >= w.getY()
                        && screen.getX() < w.getX() + w.getWidth() && screen.getY() < w.getY() + w.getHeight()) {
                    target = w;
                }
            }
            if (target == null) {
                throw new AssertionError("no window at " + screen);
            }
            com.sun.glass.ui.View view = target.getView();
            input.deliver(view, (int) Math.round(screen.getX() - target.getX() - view.getX()),
                    (int) Math.round(screen.getY() - target.getY() - view.getY()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The context menu now showing with this id, or null. */
    static ContextMenu showing(String id) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing() && id.equals(m.getId()))
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    /** The shown context menu with any id other than the given, or null: the card and cell menu has none. */
    static ContextMenu showingOther(String notId) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing() && !notId.equals(m.getId()))
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }
}
