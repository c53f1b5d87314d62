package fi.polku.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.polku.model.MapPath;
import fi.polku.model.MapValidator.Violation;
import fi.polku.text.Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a JSON path starts in a map file's text: the key of an object member, or the first
 * character of an array element. Positions are looked up only when there are problems, in one pass
 * over the text that skips every part of the file no problem points into, so a valid file costs nothing.
 */
public final class SourceLocations {
    private record Position(int line, int column) {
    }

    private String text;
    /** The file's bytes while {@link #text} is not decoded yet: a valid file never needs its text. */
    private byte[] bytes;
    private int start;
    /** Renames made by migrations, oldest first: {@code {oldPath, newPath}}. */
    private final List<String[]> renames = new ArrayList<>();

    SourceLocations(String text) {
        this.text = text;
    }

    /** Locations in {@code bytes} from {@code start} on, which must have passed {@link MapFileText#cleanStart}. */
    SourceLocations(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    /** Records that a migration moved a member to a new key, so problems at the new key point at the old one. */
    public void rename(String oldPath, String newPath) {
        renames.add(new String[] {oldPath, newPath});
    }

    /** One problem at {@code path}. */
    public Problem problem(String file, String path, Text message) {
        return problems(file, List.of(new Violation(path, message))).getFirst();
    }

    /** A problem for each violation, in the same order, located as precisely as the file allows. */
    public List<Problem> problems(String file, List<Violation> violations) {
        Set<String> wanted = new HashSet<>();
        for (Violation v : violations) {
            for (String p = inFile(v.path()); ; p = MapPath.parent(p)) {
                if (!wanted.add(p) || p.equals(MapPath.ROOT)) {
                    break;
                }
            }
        }
        Map<String, Position> found = scan(wanted);
        List<Problem> out = new ArrayList<>();
        for (Violation v : violations) {
            Position at = null;
            for (String p = inFile(v.path()); at == null; p = MapPath.parent(p)) {
                at = found.get(p);
                if (p.equals(MapPath.ROOT)) {
                    break;
                }
            }
            out.add(at == null ? new Problem(file, 0, 0, v.path(), v.message())
                    : new Problem(file, at.line(), at.column(), v.path(), v.message()));
        }
        return out;
    }

    /** The path as written in the file, before any migration renamed part of it. */
    private String inFile(String path) {
        String p = path;
        for (int i = renames.size() - 1; i >= 0; i--) {
            String oldPath = renames.get(i)[0];
            String newPath = renames.get(i)[1];
            if (p.equals(newPath) || p.startsWith(newPath + ".") || p.startsWith(newPath + "[")) {
                p = oldPath + p.substring(newPath.length());
            }
        }
        return p;
    }

    private Map<String, Position> scan(Set<String> wanted) {
        Map<String, Position> found = new HashMap<>();
        if (text == null && bytes != null) {
            // Well-formed UTF-8, so this gives the very text MapFileText.decode would have.
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            bytes = null;
        }
        if (text == null) {
            return found;
        }
        try (JsonParser parser = LocatedJsonReader.FACTORY.createParser(text)) {
            if (parser.nextToken() != null) {
                put(found, MapPath.ROOT, parser.currentTokenLocation());
                walk(parser, MapPath.ROOT, wanted, found);
            }
        } catch (IOException e) {
            // The text was parsed once already; if it cannot be again, problems simply stay without a line.
            found.clear();
        }
        return found;
    }

    private static void walk(JsonParser p, String path, Set<String> wanted, Map<String, Position> found)
            throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = MapPath.member(path, p.currentName());
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                visit(p, child, at, wanted, found);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                visit(p, MapPath.element(path, index++), p.currentTokenLocation(), wanted, found);
            }
        }
    }

    private static void visit(JsonParser p, String child, JsonLocation at, Set<String> wanted,
                              Map<String, Position> found) throws IOException {
        if (wanted.contains(child)) {
            put(found, child, at);
            walk(p, child, wanted, found);
        } else {
            p.skipChildren();
        }
    }

    private static void put(Map<String, Position> found, String path, JsonLocation at) {
        found.put(path, new Position(at.getLineNr(), at.getColumnNr()));
    }
}
