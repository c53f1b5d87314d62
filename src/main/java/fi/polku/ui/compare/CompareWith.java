package fi.polku.ui.compare;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.metrics.MapComparison;
import fi.polku.metrics.Round;
import fi.polku.metrics.Rounds;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import fi.polku.ui.state.CompareState;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * View › Compare With…: picks the other side of a comparison, another map file (the to-be map beside the
 * as-is one, or another version of the file) or two measurement rounds of this map, and shows the comparison
 * on the canvas. The other file is read and compared off the JavaFX thread.
 */
public final class CompareWith {
    private final Window owner;
    private final Supplier<JourneyMap> current;
    private final CompareState state;
    private final Consumer<String> onError;

    /** @param onError told a message a person can act on when the other map cannot be read */
    public CompareWith(Window owner, Supplier<JourneyMap> current, CompareState state, Consumer<String> onError) {
        this.owner = owner;
        this.current = current;
        this.state = state;
        this.onError = onError;
    }

    /** Asks what to compare with and starts the comparison; nothing happens on Cancel. */
    public void open() {
        JourneyMap map = current.get();
        List<String> rounds = Rounds.of(map).stream().map(Rounds.Summary::name).toList();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("compare.title"));
        dialog.setHeaderText(Messages.get("compare.header"));
        ToggleGroup choice = new ToggleGroup();
        RadioButton fileChoice = new RadioButton(Messages.get("compare.file"));
        RadioButton roundChoice = new RadioButton(Messages.get("compare.rounds"));
        fileChoice.setToggleGroup(choice);
        roundChoice.setToggleGroup(choice);
        File[] chosen = new File[1];
        Label fileName = new Label(Messages.get("compare.noFile"));
        Button browse = new Button(Messages.get("compare.choose"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("compare.fileFilter"),
                    "*.polku.json", "*.json"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                chosen[0] = f;
                fileName.setText(f.getName());
                fileChoice.setSelected(true);
            }
        });
        ComboBox<String> a = new ComboBox<>();
        ComboBox<String> b = new ComboBox<>();
        a.getItems().setAll(rounds);
        b.getItems().setAll(rounds);
        if (rounds.size() >= 2) {
            a.setValue(rounds.get(rounds.size() - 2));
            b.setValue(rounds.getLast());
        }
        roundChoice.setDisable(rounds.size() < 2);
        a.disableProperty().bind(roundChoice.selectedProperty().not());
        b.disableProperty().bind(roundChoice.selectedProperty().not());
        (rounds.size() >= 2 ? roundChoice : fileChoice).setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.add(fileChoice, 0, 0, 2, 1);
        grid.addRow(1, browse, fileName);
        grid.add(roundChoice, 0, 2, 2, 1);
        fileChoice.setWrapText(true);
        fileChoice.setMaxWidth(520);
        grid.addRow(3, new Label(Messages.get("rounds.a")), a);
        grid.addRow(4, new Label(Messages.get("rounds.b")), b);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> fileChoice.isSelected()
                        ? fileName.getText().equals(Messages.get("compare.noFile"))
                        : a.getValue() == null || b.getValue() == null, fileChoice.selectedProperty(),
                        fileName.textProperty(), a.valueProperty(), b.valueProperty()));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        if (fileChoice.isSelected()) {
            compareWithFile(chosen[0].toPath());
        } else {
            compareRounds(a.getValue(), b.getValue());
        }
    }

    /** Compares the map open (after) with the map in {@code file} (before), reading it off the JavaFX thread. */
    public void compareWithFile(Path file) {
        JourneyMap after = current.get();
        Thread worker = new Thread(() -> {
            try {
                JourneyMap before = MapFiles.load(file);
                MapComparison c = MapComparison.of(before, after);
                Platform.runLater(() -> state.show(c, file.getFileName().toString(),
                        edited -> MapComparison.of(before, edited)));
            } catch (MapFileException e) {
                Platform.runLater(() -> onError.accept(Messages.format("compare.cannotOpen", file.getFileName(),
                        e.problems().isEmpty() ? "" : e.problems().getFirst().message().in(fi.polku.text.Localization.ui()))));
            }
        }, "polku-compare");
        worker.setDaemon(true);
        worker.start();
    }

    /** Compares two named rounds of the map open. */
    public void compareRounds(String a, String b) {
        JourneyMap map = current.get();
        Round ra = Rounds.find(map, a).orElseThrow();
        Round rb = Rounds.find(map, b).orElseThrow();
        state.show(MapComparison.ofRounds(map, ra, rb), Messages.format("compare.roundsLabel", a, b),
                edited -> MapComparison.ofRounds(edited, ra, rb));
    }
}
