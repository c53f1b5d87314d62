package fi.polku.model;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code $.touchpoints[3].importance} that name a place in a map file. */
public final class MapPath {
    /** The path of the whole map. */
    public static final String ROOT = "$";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private MapPath() {
    }

    /** The path of member {@code key} of the object at {@code parent}; odd keys use bracket notation. */
    public static String member(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
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
