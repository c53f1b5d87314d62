package fi.polku.io;

import fi.polku.model.MapValidator.Violation;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Collects every located problem found while turning a JSON tree into a map, so all are reported at once. */
final class DecodeProblems {
    private final String file;
    private final SourceLocations locations;
    private final List<Violation> problems = new ArrayList<>();

    DecodeProblems(String file, SourceLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    void add(String path, Text message) {
        problems.add(new Violation(path, message));
    }

    int count() {
        return problems.size();
    }

    List<Problem> all() {
        return locations.problems(file, problems);
    }
}
