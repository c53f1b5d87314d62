package fi.polku.ui.export;

import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.ExportScope;
import fi.polku.export.PngExporter;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Edit → Copy as Image: the selected touchpoints (or the whole map) as a 2× picture on the system
 * clipboard, sharp enough to paste into slides.
 */
public final class ImageCopy {
    /** Pixels per map pixel: sharp on projectors and high-density screens. */
    public static final int SCALE = 2;

    private ImageCopy() {
    }

    /** The options of a copied picture: no header or legend, since a slide has its own title. */
    public static ExportOptions options(JourneyMap map, Set<String> selection) {
        ExportScope scope = selection.isEmpty() ? ExportScope.WHOLE_MAP : new ExportScope.Selection(selection);
        return ExportOptions.defaults(map).withScope(scope).withHeader(null).withLegend(false).withScale(SCALE);
    }

    /** Renders the picture; safe off the JavaFX thread. */
    public static Image render(JourneyMap map, Set<String> selection) {
        ExportOptions options = options(map, selection);
        return SwingFXUtils.toFXImage(PngExporter.render(ExportPicture.of(map, options), options), null);
    }

    /** Puts the picture on the system clipboard (on the JavaFX thread) and tells the status bar. */
    public static void copy(JourneyMap map, Set<String> selection, Consumer<String> status) {
        Image image;
        try {
            image = render(map, selection);
        } catch (IllegalArgumentException e) {
            status.accept(Messages.format("export.copy.failed", e.getMessage()));
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        status.accept(Messages.format(selection.isEmpty() ? "export.copy.map" : "export.copy.selection",
                (int) image.getWidth(), (int) image.getHeight(), selection.size()));
    }
}
