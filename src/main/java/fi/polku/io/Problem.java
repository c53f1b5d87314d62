package fi.polku.io;

/**
 * One located problem in a file. {@code line} and {@code column} are 1-based, or 0 when unknown;
 * {@code path} is a JSON path such as {@code $.touchpoints[3].importance}, or empty.
 */
public record Problem(String file, int line, int column, String path, String message) {
    public Problem {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
    }

    /** One line for a user: {@code file:line:col: message}, or {@code file: message at $.path}. */
    @Override
    public String toString() {
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + message;
        }
        return file + ": " + message + (path.isEmpty() ? "" : " at " + path);
    }
}
