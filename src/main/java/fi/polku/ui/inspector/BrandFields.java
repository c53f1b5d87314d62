package fi.polku.ui.inspector;

import atlantafx.base.theme.Styles;
import fi.polku.model.Brand;
import fi.polku.model.Logo;
import fi.polku.render.BrandColours;
import fi.polku.render.LogoImage;
import fi.polku.ui.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The controls that edit a brand: an accent colour (a colour picker and its #RRGGBB field) and a logo
 * (a preview with Choose… and Remove). An accent failing the contrast rule, or a file that is no usable
 * logo, shows the reason under its field and changes nothing. Used by the map inspector and Preferences.
 */
public final class BrandFields {
    private static final double PREVIEW_W = 160;
    private static final double PREVIEW_H = 48;

    private final ColorPicker picker = new ColorPicker();
    private final TextField hex = new TextField();
    private final Label accentError = error();
    private final ImageView preview = new ImageView();
    private final Label noLogo = new Label(Messages.get("brand.logo.none"));
    private final Button remove = new Button(Messages.get("brand.logo.remove"));
    private final Label logoError = error();
    private final VBox node;
    private final Consumer<Brand> onChange;
    private Brand brand = Brand.NONE;
    private boolean loading;

    /** @param onChange receives each brand the user makes; never one that was refused */
    public BrandFields(String idPrefix, Consumer<Brand> onChange) {
        this.onChange = onChange;
        picker.setId(idPrefix + "-accent-picker");
        picker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        // The field beside it shows the colour as text; the picker shows only the swatch.
        picker.setStyle("-fx-color-label-visible: false;");
        picker.setAccessibleText(Messages.get("brand.accent"));
        picker.valueProperty().addListener((o, was, now) -> {
            if (!loading && now != null) {
                String picked = BrandColours.hex(argb(now));
                hex.setText(picked);
                applyAccent(picked);
            }
        });
        hex.setId(idPrefix + "-accent");
        hex.setPromptText(Messages.get("brand.accent.prompt"));
        hex.setAccessibleText(Messages.get("brand.accent.hex"));
        hex.setPrefColumnCount(9);
        hex.setOnAction(e -> applyAccent(hex.getText()));
        hex.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !loading) {
                applyAccent(hex.getText());
            }
        });
        HBox.setHgrow(hex, Priority.ALWAYS);
        accentError.setId(idPrefix + "-accent-error");
        HBox accentRow = new HBox(6, picker, hex);
        accentRow.setAlignment(Pos.CENTER_LEFT);

        preview.setId(idPrefix + "-logo-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_W);
        preview.setFitHeight(PREVIEW_H);
        noLogo.getStyleClass().add("mixed-hint");
        StackPane previewBox = new StackPane(noLogo, preview);
        previewBox.setAlignment(Pos.CENTER_LEFT);
        previewBox.setMinHeight(PREVIEW_H);
        Button choose = new Button(Messages.get("brand.logo.choose"));
        choose.setId(idPrefix + "-logo-choose");
        choose.setOnAction(e -> chooseLogo());
        remove.setId(idPrefix + "-logo-remove");
        remove.setOnAction(e -> change(new Brand(brand.accent(), null)));
        logoError.setId(idPrefix + "-logo-error");
        HBox logoButtons = new HBox(6, choose, remove);

        Label logoLabel = label("brand.logo", choose);
        VBox.setMargin(logoLabel, new javafx.geometry.Insets(6, 0, 0, 0));
        node = new VBox(3, label("brand.accent", hex), accentRow, accentError,
                logoLabel, previewBox, logoButtons, logoError);
        node.setId(idPrefix);
        load(Brand.NONE);
    }

    public Node node() {
        return node;
    }

    /** The brand shown. */
    public Brand brand() {
        return brand;
    }

    /** Shows a brand without treating it as an edit; clears earlier refusals. */
    public void load(Brand shown) {
        loading = true;
        try {
            brand = shown == null ? Brand.NONE : shown;
            hex.setText(brand.accent() == null ? "" : brand.accent());
            picker.setValue(colour(BrandColours.accent(brand)));
            showLogo(brand.logo());
            accentError.setText(null);
            logoError.setText(null);
            hex.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        } finally {
            loading = false;
        }
    }

    /** Takes a typed or picked accent if it passes the contrast rule; else shows why and keeps the old one. */
    void applyAccent(String typed) {
        String text = typed == null ? "" : typed.strip();
        String accent = text.isEmpty() ? null : text.toUpperCase(java.util.Locale.ROOT);
        if (accent != null && !accent.startsWith("#")) {
            accent = "#" + accent;
        }
        if (accent != null) {
            var problem = BrandColours.accentProblem(accent);
            if (problem.isPresent()) {
                accentError.setText(Messages.of(problem.get()));
                hex.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                return;
            }
        }
        accentError.setText(null);
        hex.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        change(new Brand(accent, brand.logo()));
    }

    /** Takes the file as the logo, or names it with the reason it cannot be one. */
    void useLogoFile(Path file) {
        switch (LogoFile.read(file)) {
            case LogoFile.Accepted accepted -> {
                logoError.setText(null);
                change(new Brand(brand.accent(), accepted.logo()));
            }
            case LogoFile.Refused refused -> logoError.setText(Messages.of(refused.reason()));
        }
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("brand.logo.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("brand.logo.filter"),
                "*.png", "*.svg", "*.PNG", "*.SVG"));
        File chosen = chooser.showOpenDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (chosen != null) {
            useLogoFile(chosen.toPath());
        }
    }

    private void change(Brand next) {
        if (next.equals(brand)) {
            load(next);
            return;
        }
        load(next);
        onChange.accept(next);
    }

    private void showLogo(Logo logo) {
        LogoImage image = logo == null ? null : LogoImage.of(logo);
        boolean shown = image != null && image.usable();
        if (shown) {
            var box = image.fit(0, 0, PREVIEW_W, PREVIEW_H, 0);
            preview.setImage(SwingFXUtils.toFXImage(image.raster((int) Math.ceil(box.w() * 2),
                    (int) Math.ceil(box.h() * 2)), null));
        } else {
            preview.setImage(null);
        }
        noLogo.setVisible(!shown);
        remove.setDisable(logo == null);
    }

    private static Label label(String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        return label;
    }

    private static Label error() {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
