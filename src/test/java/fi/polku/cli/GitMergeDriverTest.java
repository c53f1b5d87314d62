package fi.polku.cli;

import fi.polku.Main;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code git merge} of two branches that edited one map, with polku registered as the merge driver the
 * way the README shows. Both branches also add a card to one cell, so git's own line merge would conflict: a
 * clean merge shows that the driver ran.
 */
class GitMergeDriverTest {
    private static final JourneyMap BASE = MapGenerator.generate(30, 3, 4, 21);

    @TempDir
    Path repo;

    private Path map;

    @BeforeEach
    void repositoryWithTheDriver() throws Exception {
        // The driver runs polku from the test class path, as the launcher runs it from its jar.
        Path driver = repo.resolve(".polku-driver.sh");
        Files.writeString(driver, "#!/bin/sh\nexec '" + ProcessHandle.current().info().command().orElseThrow()
                + "' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(driver, PosixFilePermissions.fromString("rwxr-xr-x"));
        git("init", "-q");
        git("config", "user.name", "Testi");
        git("config", "user.email", "testi@example.com");
        git("config", "merge.polku.name", "Polku map merge");
        git("config", "merge.polku.driver", driver + " merge %O %A %B -o %A --name %P");
        Files.writeString(repo.resolve(".gitattributes"), "*.polku.json merge=polku\n");
        map = repo.resolve("kartta.polku.json");
        MapFiles.save(BASE, map);
        Files.deleteIfExists(repo.resolve("kartta.polku.json.bak"));
        Files.writeString(repo.resolve(".gitignore"), ".polku-driver.sh\n");
        git("add", ".");
        git("commit", "-q", "-m", "kartta");
        git("branch", "-M", "main");
    }

    @Test
    void twoBranchesThatEditedDifferentCardsMergeCleanly() throws Exception {
        Touchpoint first = BASE.touchpoints().get(0);
        Touchpoint second = BASE.touchpoints().get(1);
        branch("anna", replace(BASE, first.withTitle("Annan otsikko"), "t31", "Annan uusi"));
        git("checkout", "-q", "main");
        branch("ville", replace(BASE, second.withNotes("Villen huomio"), "t31", "Villen uusi"));

        git("checkout", "-q", "anna");
        assertThat(git("merge", "--no-edit", "ville")).isZero();

        JourneyMap merged = MapFiles.load(map);
        assertThat(merged.touchpoint(first.id()).orElseThrow().title()).isEqualTo("Annan otsikko");
        assertThat(merged.touchpoint(second.id()).orElseThrow().notes()).isEqualTo("Villen huomio");
        assertThat(merged.touchpoints()).extracting(Touchpoint::title).contains("Annan uusi", "Villen uusi");
        assertThat(merged.touchpoints()).hasSize(BASE.touchpoints().size() + 2);
        assertThat(git("status", "--porcelain")).isZero();
    }

    @Test
    void aRealConflictStopsTheMergeAndKeepsOurFile() throws Exception {
        Touchpoint first = BASE.touchpoints().get(0);
        branch("anna", replace(BASE, first.withTitle("Annan otsikko"), null, null));
        git("checkout", "-q", "main");
        branch("ville", replace(BASE, first.withTitle("Villen otsikko"), null, null));
        git("checkout", "-q", "anna");
        assertThat(git("merge", "--no-edit", "ville")).isNotZero();
        assertThat(MapFiles.load(map).touchpoint(first.id()).orElseThrow().title()).isEqualTo("Annan otsikko");
    }

    /** A branch from the current one with {@code edited} committed as the map. */
    private void branch(String name, JourneyMap edited) throws Exception {
        git("checkout", "-q", "-b", name);
        MapFiles.write(edited, map, false);
        git("commit", "-q", "-am", name);
    }

    /** The map with one card changed and, when {@code newId} is given, a card added at the end of its cell. */
    private static JourneyMap replace(JourneyMap map, Touchpoint changed, String newId, String newTitle) {
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        cards.replaceAll(t -> t.id().equals(changed.id()) ? changed : t);
        if (newId != null) {
            cards.add(Touchpoint.create(newId, newTitle, changed.stageId(), changed.laneId()));
        }
        return map.withTouchpoints(cards);
    }

    private int git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Only this repository's settings: none of the machine's or the user's.
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.toString());
        builder.environment().put("LC_ALL", "C");
        Process git = builder.start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(2, TimeUnit.MINUTES)).as("git " + String.join(" ", args)).isTrue();
        if (args[0].equals("status")) {
            assertThat(output).as("git status").isEmpty();
        }
        System.out.print(output);
        return git.exitValue();
    }
}
