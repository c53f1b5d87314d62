package fi.polku.render.present;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The slides of a map's presentation in their order: the whole map, each stage in journey order, then the
 * importance-performance matrix, the top priorities, the journey score, the emotion curve and the
 * opportunities.
 */
public final class SlideList {
    private static final List<Slide.Kind> ANALYSIS = List.of(Slide.Kind.MATRIX, Slide.Kind.PRIORITIES,
            Slide.Kind.SCORE, Slide.Kind.EMOTION, Slide.Kind.OPPORTUNITIES);

    private SlideList() {
    }

    /** Every slide the map can show, hidden or not. */
    public static List<Slide> all(JourneyMap map) {
        List<Slide> slides = new ArrayList<>();
        slides.add(Slide.of(Slide.Kind.MAP));
        for (Stage stage : map.stages()) {
            slides.add(Slide.stage(stage.id()));
        }
        ANALYSIS.forEach(kind -> slides.add(Slide.of(kind)));
        return List.copyOf(slides);
    }

    /**
     * The slides shown when those with the {@code hidden} ids are left out. A show never has no slide: with
     * every slide hidden it shows the whole map.
     */
    public static List<Slide> shown(JourneyMap map, Collection<String> hidden) {
        Set<String> out = Set.copyOf(hidden);
        List<Slide> shown = all(map).stream().filter(s -> !out.contains(s.id())).toList();
        return shown.isEmpty() ? List.of(Slide.of(Slide.Kind.MAP)) : shown;
    }

    /** The hidden ids that name a slide of this map, in slide order: what is worth saving. */
    public static List<String> known(JourneyMap map, Collection<String> hidden) {
        Set<String> out = Set.copyOf(hidden);
        return all(map).stream().map(Slide::id).filter(out::contains).toList();
    }
}
