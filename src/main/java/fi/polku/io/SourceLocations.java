package fi.polku.io;

import fi.polku.model.MapPath;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each JSON path of a file starts: the key of an object member, or the first character of an
 * array element. Lets a problem found later, on the model, point back at a line and column.
 */
public final class SourceLocations {
    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private final Map<String, Position> positions = new HashMap<>();

    void put(String path, int line, int column) {
        positions.put(path, new Position(line, column));
    }

    /** The position of {@code path}, or of its nearest ancestor that has one, or null. */
    public Position find(String path) {
        String p = path;
        while (true) {
            Position found = positions.get(p);
            if (found != null || p.equals(MapPath.ROOT)) {
                return found;
            }
            p = MapPath.parent(p);
        }
    }

    /** Moves a member to a new key, as a migration that renames a field does. */
    public void rename(String oldPath, String newPath) {
        Map<String, Position> moved = new HashMap<>();
        positions.entrySet().removeIf(e -> {
            String key = e.getKey();
            if (key.equals(oldPath) || key.startsWith(oldPath + ".") || key.startsWith(oldPath + "[")) {
                moved.put(newPath + key.substring(oldPath.length()), e.getValue());
                return true;
            }
            return false;
        });
        positions.putAll(moved);
    }

    /** A problem at {@code path}, located as precisely as the file allows. */
    public Problem problem(String file, String path, String message) {
        Position at = find(path);
        return at == null ? new Problem(file, 0, 0, path, message)
                : new Problem(file, at.line(), at.column(), path, message);
    }
}
