package fi.polku.ui.export;

import fi.polku.export.ExportPicture;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit → Copy as Image puts a 2× picture of the selection, or of the whole map, on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class ImageCopyTest {
    @Start
    void start(Stage stage) {
        TestStages.show(stage);
    }

    private static Image copied(FxRobot robot, JourneyMap map, Set<String> selection, List<String> status) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            ImageCopy.copy(map, selection, status::add);
            image.set(Clipboard.getSystemClipboard().getImage());
        });
        return image.get();
    }

    @Test
    void copiesTheWholeMapOrTheSelectionAtTwiceTheSize(FxRobot robot) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        List<String> status = new ArrayList<>();

        Image whole = copied(robot, map, Set.of(), status);
        ExportPicture picture = ExportPicture.of(map, ImageCopy.options(map, Set.of()));
        assertThat(whole).isNotNull();
        assertThat(whole.getWidth()).isEqualTo(Math.ceil(picture.width() * 2));
        assertThat(whole.getHeight()).isEqualTo(Math.ceil(picture.height() * 2));

        Set<String> one = Set.of(map.touchpoints().getFirst().id());
        Image selected = copied(robot, map, one, status);
        ExportPicture selectedPicture = ExportPicture.of(map, ImageCopy.options(map, one));
        assertThat(selected.getWidth()).isEqualTo(Math.ceil(selectedPicture.width() * 2)).isLessThan(whole.getWidth());
        assertThat(status).hasSize(2);
        assertThat(status.getLast()).contains((int) selected.getWidth() + " \u00d7 " + (int) selected.getHeight());
    }
}
