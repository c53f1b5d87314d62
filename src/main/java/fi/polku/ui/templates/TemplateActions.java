package fi.polku.ui.templates;

import fi.polku.io.template.Template;
import fi.polku.io.template.TemplateLibrary;
import fi.polku.io.template.TemplateMaps;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Dialogs;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentFiles;
import fi.polku.ui.Messages;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** File → New from Template… and File → Save as Template… for one window. */
public final class TemplateActions {
    private final Window owner;
    private final Document document;
    private final DocumentFiles files;
    private final Dialogs dialogs;
    private final TemplateLibrary library;
    private final Consumer<String> status;
    private final TemplatePreviews previews = new TemplatePreviews();
    private Locale builtInLanguage;
    private List<Template> builtIn = List.of();

    /** Actions over the window's document, with the user's templates in {@code folder}. */
    public TemplateActions(Window owner, Document document, DocumentFiles files, Dialogs dialogs, Path folder,
                           Consumer<String> status) {
        this.owner = owner;
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.library = new TemplateLibrary(folder);
        this.status = status;
    }

    /**
     * Shows the gallery; the chosen template opens as a new untitled map (after the unsaved-changes question
     * that File → New asks), so that saving it asks for a file name and never touches the template.
     */
    public void newFromTemplate() {
        new TemplateGallery(owner, library, builtIn(), previews).showAndWait().ifPresent(template ->
                files.newMap(TemplateMaps.newMap(template, UUID.randomUUID().toString(), Instant.now())));
    }

    /** Asks the template's name and whether it keeps the measurements, then saves it into the user's folder. */
    public void saveAsTemplate() {
        JourneyMap map = document.current();
        String name = map.title().isBlank() ? Messages.get("map.untitled") : map.title();
        boolean keep = false;
        while (true) {
            Optional<SaveTemplateDialog.Choice> choice = new SaveTemplateDialog(owner, library, name, keep).showAndWait();
            if (choice.isEmpty()) {
                return;
            }
            name = choice.get().name();
            keep = choice.get().keepMeasurements();
            Path file = library.fileFor(name).orElseThrow();
            if (!Files.exists(file) || replaceAllowed(name)) {
                save(map, choice.get());
                return;
            }
            // Not replaced: back to the name, to choose another.
        }
    }

    /** The built-in templates in the user-interface language, read once per language. */
    private List<Template> builtIn() {
        Locale language = Localization.ui();
        if (!language.equals(builtInLanguage)) {
            builtIn = TemplateLibrary.builtIn(language);
            builtInLanguage = language;
        }
        return builtIn;
    }

    private boolean replaceAllowed(String name) {
        ButtonType replace = DialogButtons.of("templates.replace.ok", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("templates.replace.text"), replace, cancel);
        ask.setTitle(Messages.get("templates.replace.title"));
        ask.setHeaderText(Messages.format("templates.replace.header", name));
        ask.getDialogPane().setId("confirm-template-replace");
        DialogPlacement.centred(ask, owner);
        return ask.showAndWait().orElse(cancel) == replace;
    }

    /** Writes the template off the JavaFX thread; the status bar says where it went, a failure says why. */
    private void save(JourneyMap map, SaveTemplateDialog.Choice choice) {
        Task<Template> task = new Task<>() {
            @Override
            protected Template call() throws Exception {
                return library.save(map, choice.name(), choice.keepMeasurements());
            }
        };
        task.setOnSucceeded(e -> status.accept(Messages.format("templates.saved", choice.name())));
        task.setOnFailed(e -> {
            Throwable why = task.getException();
            String reason = why.getMessage() == null || why.getMessage().isBlank()
                    ? why.getClass().getSimpleName() : why.getMessage();
            dialogs.showError(Messages.get("templates.saveFailed.title"),
                    Messages.format("templates.saveFailed.header", choice.name()),
                    Messages.format("error.located", library.userFolder(), reason));
        });
        Thread thread = new Thread(task, "polku-template-save");
        thread.setDaemon(true);
        thread.start();
    }
}
