package fi.polku.io.template;

import fi.polku.model.JourneyMap;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A map to start new maps from: one of the built-in templates shipped in the jar, or one the user saved
 * into the template folder.
 *
 * @param id   the built-in template's id (e.g. {@code retail-purchase}) or the user template's file name
 *             without {@code .polku.json}
 * @param map  the template's content; its title is the template's name, its description the line below it
 * @param file the user template's file, or null for a built-in one
 */
public record Template(String id, JourneyMap map, Path file) {
    public boolean builtIn() {
        return file == null;
    }

    public String name() {
        return map.title();
    }

    /** The template's description as one line (its first line, if it has several). */
    public String description() {
        String text = map.description().strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    public Optional<Path> userFile() {
        return Optional.ofNullable(file);
    }
}
