package fi.polku.model;

import java.util.List;

/**
 * The presenter's choice of slides, kept with the map so that the next showing is the same.
 *
 * @param hiddenSlides the ids of the slides left out; every other slide is shown in its place
 */
public record Presentation(List<String> hiddenSlides) {
    /** Every slide shown. */
    public static final Presentation NONE = new Presentation(List.of());

    public Presentation {
        hiddenSlides = hiddenSlides == null ? List.of() : List.copyOf(hiddenSlides);
    }

    public boolean isEmpty() {
        return hiddenSlides.isEmpty();
    }
}
