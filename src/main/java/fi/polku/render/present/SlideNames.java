package fi.polku.render.present;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.util.Locale;

/** What a slide is called in a list of slides (the checklist of slides to show), in a language. */
public final class SlideNames {
    private SlideNames() {
    }

    /** E.g. "The whole map", "Stage 2: Purchase", "Top five priorities". */
    public static String name(Slide slide, JourneyMap map, Locale language) {
        if (slide.kind() == Slide.Kind.STAGE) {
            int index = 0;
            while (index < map.stages().size() && !map.stages().get(index).id().equals(slide.stageId())) {
                index++;
            }
            String name = index < map.stages().size() ? map.stages().get(index).name() : "";
            return Localization.format(language, "present.slide.stage.name", index + 1,
                    name.isBlank() ? "–" : name);
        }
        return Localization.format(language, "present.slide." + slide.kind().id(), SlidePictures.TOP_PRIORITIES);
    }
}
