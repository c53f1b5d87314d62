package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code polku validate --repair -o OUT FILE}: writes FILE to OUT with every value problem mended (as the app's
 * "open with problems listed" does) and prints each problem mended; FILE itself is never changed.
 */
final class MapRepairRun {
    private final Path file;
    private final Path output;
    private final PrintWriter out;
    private final PrintWriter err;

    MapRepairRun(Path file, Path output, PrintWriter out, PrintWriter err) {
        this.file = file;
        this.output = output;
        this.out = out;
        this.err = err;
    }

    /** 0 when OUT holds a valid map, 1 when FILE could not be mended (OUT is then not written). */
    int call() {
        JourneyMap map;
        List<Problem> mended;
        try {
            map = MapFiles.load(file);
            mended = List.of();
        } catch (MapFileException e) {
            if (e.repaired().isEmpty()) {
                MapProblems.print(e, err);
                err.println(Localization.format("cli.validate.notRepaired", file));
                err.flush();
                return 1;
            }
            map = e.repaired().get();
            mended = e.problems();
        }
        try {
            MapFiles.write(map, output, false);
        } catch (IOException | IllegalArgumentException e) {
            err.println(Localization.format("cli.fmt.cannotWrite", output, e.getMessage()));
            err.flush();
            return 1;
        }
        for (Problem p : mended) {
            out.println(Localization.format("cli.validate.mended", MapProblems.line(p)));
        }
        out.println(Localization.format("cli.validate.repaired", output, mended.size()));
        out.flush();
        return 0;
    }
}
