package fi.polku.ui;

import fi.polku.text.Localization;
import fi.polku.ui.inspector.BrandFields;
import fi.polku.ui.theme.ThemeSetting;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * Edit → Preferences: the language of the window, its theme, and the brand new maps start with. The language
 * applies at once to every open window and is remembered for the next start; the maps themselves keep
 * their own language and brand.
 */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    /** Shows the dialog; OK switches the window to the chosen language and theme and stores them. */
    static void show(Window owner, PolkuHome home, ThemeSetting themeSetting) {
        Preferences preferences = home.preferences();
        ChoiceBox<Locale> languages = new ChoiceBox<>(FXCollections.observableArrayList(Localization.LANGUAGES));
        languages.setId("preferences-language");
        languages.setValue(Localization.ui());
        // Each language is named in itself, so that someone who cannot read the current one still finds theirs.
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale language) {
                return language == null ? "" : LanguageSetting.name(language, language);
            }

            @Override
            public Locale fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        Label label = new Label(Messages.get("preferences.language"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(languages);
        languages.setAccessibleText(label.getText());
        Label hint = new Label(Messages.get("preferences.language.hint"));
        hint.getStyleClass().add("mixed-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        Label brandHeading = new Label(Messages.get("preferences.brand"));
        brandHeading.getStyleClass().add("inspector-subheading");
        Label brandHint = new Label(Messages.get("preferences.brand.hint"));
        brandHint.getStyleClass().add("mixed-hint");
        brandHint.setWrapText(true);
        brandHint.setMaxWidth(380);
        BrandFields brand = new BrandFields("preferences-brand", b -> { });
        brand.load(BrandSetting.stored(home));
        ThemeChoice theme = new ThemeChoice(themeSetting);
        VBox content = new VBox(6, label, languages, hint, theme.heading(), theme.themes(), theme.projector(),
                brandHeading, brandHint, brand.node());
        content.setId("preferences");
        content.setPadding(new javafx.geometry.Insets(16, 20, 8, 20));

        Dialog<ButtonType> dialog = new Dialog<>();
        DialogPlacement.centred(dialog, owner);
        dialog.setTitle(Messages.get("preferences.title"));
        ButtonType ok = DialogButtons.ok();
        ButtonType cancel = DialogButtons.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("preferences-dialog");
        if (dialog.showAndWait().orElse(cancel) == ok && languages.getValue() != null) {
            LanguageSetting.choose(preferences, languages.getValue());
        }
        if (dialog.getResult() == ok) {
            theme.apply();
            try {
                BrandSetting.store(home, brand.brand());
            } catch (java.io.IOException e) {
                new Dialogs(owner).showError(Messages.get("preferences.title"),
                        Messages.format("brand.useAsDefault.failed", e.getMessage()), "");
            }
        }
    }
}
