package fi.polku.edit;

import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.model.Logo;
import org.junit.jupiter.api.Test;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** A brand change is one undoable step, named for what changed, and "undo, new edit, redo" re-applies nothing stale. */
class SetBrandTest {
    private static final Logo LOGO = new Logo(Logo.PNG, new byte[] {1, 2, 3});
    private final JourneyMap map = TouchpointCommandsTest.sample();

    @Test
    void aBrandChangeIsUndoneAndRedoneAsOneStep() {
        History h = new History(map);
        Brand brand = new Brand("#1B4965", LOGO);
        h.execute(SetBrand.of(h.current(), brand));
        assertThat(h.current().brand()).isEqualTo(brand);
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Change brand");
        h.undo();
        assertThat(h.current().brand()).isEqualTo(Brand.NONE);
        assertThat(h.current()).isEqualTo(map);
        h.redo();
        assertThat(h.current().brand()).isEqualTo(brand);
    }

    @Test
    void theStepIsNamedForThePartThatChanged() {
        JourneyMap branded = map.withBrand(new Brand("#1B4965", LOGO));
        assertThat(SetBrand.of(branded, new Brand("#000000", LOGO)).description().in(ENGLISH))
                .isEqualTo("Change accent colour");
        assertThat(SetBrand.of(branded, new Brand("#1B4965", null)).description().in(ENGLISH))
                .isEqualTo("Remove logo");
        assertThat(SetBrand.of(map, new Brand(null, LOGO)).description().in(FINNISH)).isEqualTo("Vaihda logo");
        assertThat(SetBrand.of(branded, new Brand("#000000", LOGO)).description().in(FINNISH))
                .isEqualTo("Vaihda korostusväri");
    }

    @Test
    void settingTheSameBrandIsNoStep() {
        JourneyMap branded = map.withBrand(new Brand("#1B4965", LOGO));
        History h = new History(branded);
        h.execute(SetBrand.of(branded, new Brand("#1B4965", new Logo(Logo.PNG, new byte[] {1, 2, 3}))));
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoClearsTheRedoOfTheOldBrand() {
        History h = new History(map);
        h.execute(SetBrand.of(h.current(), new Brand("#1B4965", null)));
        h.undo();
        h.execute(SetBrand.of(h.current(), new Brand("#000000", null)));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.current().brand().accent()).isEqualTo("#000000");
    }
}
