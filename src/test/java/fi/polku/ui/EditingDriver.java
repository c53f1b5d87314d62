package fi.polku.ui;

import fi.polku.Main;
import fi.polku.io.MapCodec;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of {@link KillDuringEditingTest}: starts the real app ({@link Main}) on a map file and
 * drives it from a second thread. {@code edit MAP DIR} types new cards through the glass robot (N, a title,
 * Enter) until the process is killed, writing the map after every change to {@code DIR/edit-K.polku.json}
 * before printing {@code edit K MILLIS}; {@code recover MAP DIR} presses Recover in the recovery question
 * and writes the map it opened to {@code DIR/recovered.polku.json}; {@code look MAP DIR} says how many dialogs
 * are showing once the map has opened (the second-instance test's "no recovery question").
 */
public final class EditingDriver {
    private static final long WAIT_MILLIS = 60_000;

    private EditingDriver() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Path map = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Thread driver = new Thread(() -> {
            try {
                Files.createDirectories(out);
                if (mode.equals("edit")) {
                    edit(map, out);
                } else if (mode.equals("look")) {
                    look(map);
                } else {
                    recover(out);
                }
            } catch (Throwable e) {
                fail(e);
            }
        }, "kill-test-driver");
        driver.setDaemon(true);
        driver.start();
        Main.main(new String[] {map.toString()});
    }

    private static void edit(Path file, Path out) throws Exception {
        JourneyMap onDisk = MapFiles.load(file);
        MainWindow window = waitFor("the map to open", () -> mainWindow()
                .filter(w -> w.document().file().isPresent() && w.document().current().equals(onDisk)));
        AtomicInteger edits = new AtomicInteger();
        Robot robot = fx(() -> {
            Files.write(out.resolve("edit-0.polku.json"), MapCodec.write(window.document().current()));
            // Every state the map takes is written and announced inside the change itself, on the FX thread,
            // so the autosave timer (on the same thread) can never copy a state the test has not seen.
            window.document().mapProperty().addListener((o, old, now) -> {
                int k = edits.incrementAndGet();
                try {
                    Files.write(out.resolve("edit-" + k + ".polku.json"), MapCodec.write(now));
                } catch (java.io.IOException e) {
                    // The test could not tell this state from a half-applied one: stop rather than go on.
                    fail(e);
                }
                say("edit " + k + " " + System.currentTimeMillis());
            });
            window.stage().requestFocus();
            window.canvas().requestFocus();
            return new Robot();
        });
        say("ready " + System.currentTimeMillis());
        Random random = new Random();
        // The first arrow key selects a card, which gives N a cell to add to.
        key(robot, KeyCode.RIGHT);
        for (int card = 1; ; card++) {
            if (random.nextInt(4) == 0) {
                key(robot, random.nextBoolean() ? KeyCode.RIGHT : KeyCode.DOWN);
            }
            int before = edits.get();
            key(robot, KeyCode.N);
            waitFor("the new card's title field", () -> focused(window)
                    .filter(n -> n instanceof TextField && n.getStyleClass().contains("inline-title-editor")));
            waitFor("the new card", () -> edits.get() > before ? Optional.of(true) : Optional.empty());
            for (char c : ("kortti " + card).toCharArray()) {
                key(robot, keyFor(c));
            }
            key(robot, KeyCode.ENTER);
            waitFor("the rename", () -> edits.get() > before + 1 ? Optional.of(true) : Optional.empty());
            Thread.sleep(20 + random.nextInt(150));
        }
    }

    /**
     * Waits until the start has opened its map file, which it does only after the recovery question (a modal
     * dialog that holds the start until answered), then says whether any dialog is showing.
     */
    private static void look(Path file) throws Exception {
        JourneyMap onDisk = MapFiles.load(file);
        waitFor("the map to open", () -> mainWindow()
                .filter(w -> w.document().file().isPresent() && w.document().current().equals(onDisk)));
        long dialogs = fx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).count());
        say("opened dialogs=" + dialogs);
    }

    private static void recover(Path out) throws Exception {
        // startUp shows the question as a modal alert over the window; answer it as the user would.
        DialogPane pane = waitFor("the recovery question", () -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst());
        Window question = fx(() -> pane.getScene().getWindow());
        String text = fx(() -> pane.getHeaderText() + "\n" + pane.getContentText());
        say("offered " + java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        fx(() -> {
            ButtonType recover = pane.getButtonTypes().stream()
                    .filter(t -> t.getText().equals(Messages.get("dialog.recover.recover"))).findFirst().orElseThrow();
            ((Button) pane.lookupButton(recover)).fire();
            return null;
        });
        MainWindow window = waitFor("the recovered map", () -> mainWindow()
                .filter(w -> w.document().isDirty() && !question.isShowing()));
        String state = fx(() -> {
            Files.write(out.resolve("recovered.polku.json"), MapCodec.write(window.document().current()));
            return "dirty=" + window.document().isDirty() + "\tfile="
                    + window.document().file().map(Path::toString).orElse("") + "\ttitle=" + window.stage().getTitle();
        });
        say("recovered " + state);
    }

    private static Optional<MainWindow> mainWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(w -> w.getProperties().get(MainWindow.class)).filter(MainWindow.class::isInstance)
                .map(MainWindow.class::cast).findFirst();
    }

    private static Optional<Node> focused(MainWindow window) {
        return Optional.ofNullable(window.stage().getScene().getFocusOwner());
    }

    /** One key pressed and released through the glass robot, i.e. through the same event path as a keyboard. */
    private static void key(Robot robot, KeyCode code) throws Exception {
        fx(() -> {
            robot.keyType(code);
            return null;
        });
        Thread.sleep(5);
    }

    private static KeyCode keyFor(char c) {
        if (c == ' ') {
            return KeyCode.SPACE;
        }
        KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        if (code == null) {
            throw new IllegalArgumentException("no key for " + c);
        }
        return code;
    }

    private static void fail(Throwable e) {
        e.printStackTrace();
        say("failed " + e.toString().replace('\n', ' '));
        Runtime.getRuntime().halt(3);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Polls {@code probe} on the FX thread until it has a value. */
    private static <T> T waitFor(String what, Callable<Optional<T>> probe) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            Optional<T> value = fx(probe);
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            try {
                Platform.runLater(task);
                break;
            } catch (IllegalStateException notYetStarted) {
                // Main starts the toolkit on the main thread while this one is already waiting for it.
                if (System.currentTimeMillis() > end) {
                    throw notYetStarted;
                }
                Thread.sleep(20);
            }
        }
        return result.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
}
