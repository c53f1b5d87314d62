package fi.polku.ui;

import fi.polku.ui.theme.ThemeSetting;
import fi.polku.ui.theme.UiTheme;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The theme part of the preferences: the same choices as View → Theme, applied when the dialog is confirmed. */
final class ThemeChoice {
    private final ThemeSetting setting;
    private final ToggleGroup group = new ToggleGroup();
    private final HBox themes = new HBox(14);
    private final CheckBox projector = new CheckBox(Messages.get("preferences.projector"));
    private final Label heading = new Label(Messages.get("preferences.theme"));

    ThemeChoice(ThemeSetting setting) {
        this.setting = setting;
        heading.getStyleClass().add("inspector-subheading");
        themes.setId("preferences-theme");
        for (UiTheme theme : UiTheme.values()) {
            RadioButton button = new RadioButton(Messages.get(theme.textKey()));
            button.setId("preferences-theme-" + theme.name());
            button.setUserData(theme);
            button.setToggleGroup(group);
            button.setSelected(setting.themeProperty().get() == theme);
            themes.getChildren().add(button);
        }
        projector.setId("preferences-projector");
        projector.setSelected(setting.projectorProperty().get());
    }

    Label heading() {
        return heading;
    }

    HBox themes() {
        return themes;
    }

    CheckBox projector() {
        return projector;
    }

    /** Makes the choices the window's. */
    void apply() {
        if (group.getSelectedToggle() != null) {
            setting.themeProperty().set((UiTheme) group.getSelectedToggle().getUserData());
        }
        setting.projectorProperty().set(projector.isSelected());
    }
}
