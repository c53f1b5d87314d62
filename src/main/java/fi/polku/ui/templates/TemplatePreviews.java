package fi.polku.ui.templates;

import fi.polku.export.MapThumbnail;
import fi.polku.io.template.Template;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The small pictures of the gallery, painted off the JavaFX thread one after another and kept for the next
 * opening of the gallery, so that the dialog opens at once and fills in its pictures as they are ready.
 */
final class TemplatePreviews {
    /** The picture's size in the gallery; it is painted at twice that for sharp screens. */
    static final double WIDTH = 208;
    static final double HEIGHT = 112;
    private static final System.Logger LOG = System.getLogger(TemplatePreviews.class.getName());
    private final Map<Template, Image> painted = new ConcurrentHashMap<>();
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "polku-template-previews");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** Gives the template's picture to {@code show} on the JavaFX thread: at once if painted before, else when ready. */
    void request(Template template, Consumer<Image> show) {
        Image ready = painted.get(template);
        if (ready != null) {
            show.accept(ready);
            return;
        }
        painter.execute(() -> {
            try {
                Image image = painted.computeIfAbsent(template, t -> SwingFXUtils.toFXImage(
                        MapThumbnail.render(t.map(), (int) (2 * WIDTH), (int) (2 * HEIGHT)), null));
                Platform.runLater(() -> show.accept(image));
            } catch (RuntimeException e) {
                // The tile keeps its empty frame; its name and description still say what it is.
                LOG.log(System.Logger.Level.WARNING, "no preview for template " + template.id(), e);
            }
        });
    }

    /** Forgets a deleted template's picture. */
    void forget(Template template) {
        painted.remove(template);
    }
}
