package fi.polku.model;

/** Builds JSON paths such as {@code $.touchpoints[3].importance} that name a place in a map file. */
public final class MapPath {
    /** The path of the whole map. */
    public static final String ROOT = "$";

    private MapPath() {
    }

    /** The path of member {@code key} of the object at {@code parent}; odd keys use bracket notation. */
    public static String member(String parent, String key) {
        if (isPlain(key)) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** A key that needs no quoting: a letter or underscore, then letters, digits or underscores (ASCII). */
    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path one level up, or {@code $} for the root. */
    public static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.endsWith("']") ? path.lastIndexOf("['") : path.lastIndexOf('[');
            return open > 0 ? path.substring(0, open) : ROOT;
        }
        int dot = path.lastIndexOf('.');
        return dot > 0 ? path.substring(0, dot) : ROOT;
    }
}
