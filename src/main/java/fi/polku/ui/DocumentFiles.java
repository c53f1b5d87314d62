package fi.polku.ui;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.model.JourneyMap;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * File menu work for one window: new, open, save, save as, revert and the unsaved-changes question.
 * Reading and writing run on the background executor; the open map is replaced only after a file was
 * read completely, so a failed open never loses it.
 */
public final class DocumentFiles {
    static final String EXTENSION = ".polku.json";

    private final Window window;
    private final Document document;
    private final DocumentEditor editor;
    private final RecentFiles recent;
    private final Dialogs dialogs;
    private final Executor background;
    private final Consumer<String> status;
    private final IntegerProperty running = new SimpleIntegerProperty();
    private BiConsumer<JourneyMap, List<Problem>> onRepaired = (map, problems) -> { };
    private java.util.function.Supplier<fi.polku.model.Brand> defaultBrand = () -> fi.polku.model.Brand.NONE;

    public DocumentFiles(Window window, Document document, DocumentEditor editor, RecentFiles recent,
                         Dialogs dialogs, Executor background, Consumer<String> status) {
        this.window = window;
        this.document = document;
        this.editor = editor;
        this.recent = recent;
        this.dialogs = dialogs;
        this.background = background;
        this.status = status;
    }

    /** Shows the problems of a map opened mended ("open with problems listed"), e.g. in the problems panel. */
    public void setOnRepaired(BiConsumer<JourneyMap, List<Problem>> onRepaired) {
        this.onRepaired = onRepaired;
    }

    /** How many file operations are running; the status bar shows a busy indicator while it is above 0. */
    public IntegerProperty runningProperty() {
        return running;
    }

    /** The brand File → New gives a map: the user's default, read when the map is made. */
    public void setDefaultBrand(java.util.function.Supplier<fi.polku.model.Brand> brand) {
        this.defaultBrand = brand;
    }

    public void newMap() {
        whenSafeToLeave(() -> document.replace(BlankMap.create(defaultBrand.get()), null));
    }

    /**
     * Starts an untitled map from {@code map} (File → New from Template), after the same question as New;
     * a map without a brand gets the user's default, as New gives it.
     */
    public void newMap(JourneyMap map) {
        whenSafeToLeave(() -> document.replace(map.brand().isEmpty() ? map.withBrand(defaultBrand.get()) : map, null));
    }

    /**
     * File → New from Spreadsheet: after the unsaved-changes question, the preview of a spreadsheet of
     * touchpoints ({@code file}, or one the user chooses when null); Create opens its map untitled and unsaved,
     * with the default brand, so that closing asks where to keep it.
     */
    public void newFromSpreadsheet(Path file) {
        whenSafeToLeave(() -> fi.polku.ui.sheet.SheetMapDialog.open(window, file,
                map -> document.replaceWithUnsaved(map.withBrand(defaultBrand.get()))));
    }

    public void open() {
        whenSafeToLeave(() -> {
            FileChooser chooser = chooser(Messages.get("chooser.open.title"));
            java.io.File chosen = chooser.showOpenDialog(window);
            if (chosen != null) {
                read(chosen.toPath());
            }
        });
    }

    /** Opens a file (from Open Recent, a drop or the command line) after the unsaved-changes question. */
    public void open(Path file) {
        whenSafeToLeave(() -> read(file));
    }

    /**
     * Puts the map of a start's read into the window if it has been read completely by now, as an open of
     * its file would; returns false, changing nothing, while it is still being read or if it failed.
     */
    public boolean adoptIfRead(StartupRead read) {
        return read.readyMap().map(map -> {
            opened(map, read);
            return true;
        }).orElse(false);
    }

    /** Opens the file of a start's read: waits for it in the background and reports a failure as an open does. */
    public void open(StartupRead read) {
        whenSafeToLeave(() -> run(read.file() == null ? Messages.get("status.opening.sample")
                        : Messages.format("status.opening", read.file().getFileName()), read::await,
                map -> opened(map, read), e -> failedStart(read, e)));
    }

    /** Opens the bundled sample as an untitled map, so that saving asks where to put the user's copy. */
    public void openSample() {
        run(Messages.get("status.opening.sample"), () -> SampleMaps.load(SampleMaps.DEFAULT),
                map -> document.replace(map, null), e -> {
                    document.replace(BlankMap.create(), null);
                    status.accept(Messages.format("status.sampleFailed", e.getMessage()));
                });
    }

    /** Help → Open Sample: the sample as an untitled map, after the unsaved-changes question. */
    public void openSampleCopy() {
        whenSafeToLeave(() -> run(Messages.get("status.opening.sample"), () -> SampleMaps.load(SampleMaps.DEFAULT),
                map -> document.replace(map, null),
                e -> status.accept(Messages.format("status.sampleFailed.kept", e.getMessage()))));
    }

    public void save(Runnable afterSaved) {
        Path file = document.file().orElse(null);
        if (file == null) {
            saveAs(afterSaved);
        } else {
            write(file, afterSaved);
        }
    }

    public void saveAs(Runnable afterSaved) {
        FileChooser chooser = chooser(Messages.get("chooser.save.title"));
        chooser.setInitialFileName(suggestedName());
        java.io.File chosen = chooser.showSaveDialog(window);
        if (chosen != null) {
            saveTo(chosen.toPath(), afterSaved);
        }
    }

    /** Save As to a chosen file, which gets the map extension when it has none. */
    public void saveTo(Path chosen, Runnable afterSaved) {
        Path file = chosen;
        if (!file.getFileName().toString().endsWith(EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + EXTENSION);
        }
        write(file, afterSaved);
    }

    /** Reloads the file from disk; an undoable step, so a mistaken revert costs nothing. */
    public void revert() {
        document.file().ifPresent(file -> run(Messages.format("status.opening", file.getFileName()),
                () -> MapFiles.load(file), map -> {
                    editor.replaceMap(map);
                    document.markSaved(map, file);
                }, e -> reportOpenFailure(file, e)));
    }

    /** Runs {@code proceed} once unsaved changes are saved or given up; does nothing if the user cancels. */
    public void whenSafeToLeave(Runnable proceed) {
        if (!document.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askSaveChanges(MainWindow.displayTitle(document.current()))) {
            case SAVE -> save(() -> {
                if (!document.isDirty()) {
                    proceed.run();
                }
            });
            case DISCARD -> proceed.run();
            case CANCEL -> { /* stay with the open map */ }
        }
    }

    private void read(Path file) {
        run(Messages.format("status.opening", file.getFileName()), () -> MapFiles.load(file),
                map -> opened(map, file), e -> reportOpenFailure(file, e));
    }

    /** A start's map: a sample is an untitled copy, a file is opened as its own and becomes recent. */
    private void opened(JourneyMap map, StartupRead read) {
        if (read.file() == null) {
            document.replace(map, null);
        } else {
            opened(map, read.file());
        }
    }

    private void failedStart(StartupRead read, Throwable e) {
        if (read.file() == null) {
            status.accept(Messages.format("status.sampleFailed", e.getMessage()));
        } else {
            reportOpenFailure(read.file(), e);
        }
    }

    private void opened(JourneyMap map, Path file) {
        document.replace(map, file);
        recent.opened(file);
    }

    private void write(Path file, Runnable afterSaved) {
        JourneyMap snapshot = document.current();
        run(Messages.format("status.saving", file.getFileName()), () -> {
            return MapFiles.saveChanged(snapshot, file, java.time.Instant.now());
        }, saved -> {
            document.markSaved(saved, file);
            recent.opened(file);
            status.accept(Messages.format("status.saved", file));
            afterSaved.run();
        }, e -> dialogs.showError(Messages.get("dialog.saveFailed.title"),
                Messages.format("dialog.saveFailed.header", file.getFileName()), reason(file, e)));
    }

    private void reportOpenFailure(Path file, Throwable e) {
        if (e instanceof MapFileException located && located.repaired().isPresent()) {
            if (dialogs.offerRepair(file, located.problems())) {
                // Mended in memory only: the map belongs to its file but is not saved there yet (dirty).
                JourneyMap mended = located.repaired().get();
                document.replaceWithRecovered(mended, file);
                recent.opened(file);
                onRepaired.accept(mended, located.problems());
            }
        } else if (e instanceof MapFileException located) {
            dialogs.showOpenProblems(file, located.problems());
        } else {
            dialogs.showError(Messages.get("dialog.openFailed.title"),
                    Messages.format("dialog.openFailed.header", file.getFileName()), reason(file, e));
        }
    }

    /** One line naming the file and what went wrong, never a stack trace. */
    private static String reason(Path file, Throwable e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Messages.format("error.located", file, why);
    }

    private <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        status.accept(what);
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            status.accept("");
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            status.accept("");
            failed.accept(task.getException());
        });
        background.execute(task);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("chooser.filter.maps"), "*" + EXTENSION),
                new FileChooser.ExtensionFilter(Messages.get("chooser.filter.all"), "*"));
        document.file().map(Path::getParent).filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return chooser;
    }

    private String suggestedName() {
        return document.file().map(p -> p.getFileName().toString()).orElseGet(() -> {
            String title = document.current().title().replaceAll("[\\\\/:*?\"<>|]", "").trim();
            return (title.isEmpty() ? Messages.get("map.untitled") : title) + EXTENSION;
        });
    }
}
