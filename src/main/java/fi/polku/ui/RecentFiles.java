package fi.polku.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The last ten map files opened or saved, newest first, and the one to reopen at start; kept in Preferences. */
public final class RecentFiles {
    static final int LIMIT = 10;
    private static final String KEY = "recent.";
    private static final String LAST = "lastFile";
    private final Preferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
        files.setAll(stored());
    }

    /**
     * Reads the list again, with what another running Polku has opened or saved meanwhile: each start of
     * Polku is a process of its own, and they share this list through the user's preferences.
     */
    public void reload() {
        try {
            preferences.sync();
        } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
            return; // the list in memory stays as it was
        }
        List<Path> now = stored();
        if (!now.equals(files)) {
            files.setAll(now);
        }
    }

    private List<Path> stored() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null) {
                out.add(Path.of(value));
            }
        }
        return out;
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Moves a file to the top of the list and remembers it as the file to reopen. */
    public void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.addFirst(absolute);
        while (next.size() > LIMIT) {
            next.removeLast();
        }
        files.setAll(next);
        for (int i = 0; i < LIMIT; i++) {
            if (i < next.size()) {
                preferences.put(KEY + i, next.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
        preferences.put(LAST, absolute.toString());
    }

    /** The file to reopen at start, if one was opened before. */
    public Optional<Path> lastFile() {
        return Optional.ofNullable(preferences.get(LAST, null)).map(Path::of);
    }

    /** Forgets every file, e.g. for a clean test start. */
    public void clear() {
        files.clear();
        for (int i = 0; i < LIMIT; i++) {
            preferences.remove(KEY + i);
        }
        preferences.remove(LAST);
    }
}
