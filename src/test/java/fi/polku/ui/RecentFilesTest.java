package fi.polku.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Open Recent: the last ten files, newest first, kept between runs. */
class RecentFilesTest {
    @TempDir
    Path folder;

    @Test
    void keepsTheTenNewestWithoutDuplicatesAcrossRuns() {
        PolkuHome home = WindowTestSupport.home(folder);
        RecentFiles recent = new RecentFiles(home.preferences());
        IntStream.rangeClosed(1, 12).forEach(i -> recent.opened(folder.resolve("map" + i + ".polku.json")));
        recent.opened(folder.resolve("map5.polku.json"));

        RecentFiles nextRun = new RecentFiles(home.preferences());
        assertThat(nextRun.files()).hasSize(10);
        assertThat(nextRun.files()).first().isEqualTo(folder.resolve("map5.polku.json"));
        assertThat(nextRun.files()).containsOnlyOnce(folder.resolve("map5.polku.json"));
        assertThat(nextRun.files()).doesNotContain(folder.resolve("map1.polku.json"), folder.resolve("map2.polku.json"));
        assertThat(nextRun.lastFile()).contains(folder.resolve("map5.polku.json"));
    }
}
