package fi.polku.render.present;

import java.util.Objects;

/**
 * One slide of a presentation: the whole map, one stage of it spotlit, or one analysis chart. Its id is
 * what a map saves to leave it out of the show: {@code map}, {@code stage:<stage id>} (so that it follows
 * the stage through renames and moves), {@code matrix}, {@code priorities}, {@code score}, {@code emotion},
 * {@code opportunities}.
 *
 * @param stageId the stage of a {@link Kind#STAGE} slide, else null
 */
public record Slide(Kind kind, String stageId) {
    /** What a slide shows, in the order of a presentation. */
    public enum Kind {
        MAP("map"), STAGE("stage"), MATRIX("matrix"), PRIORITIES("priorities"), SCORE("score"),
        EMOTION("emotion"), OPPORTUNITIES("opportunities");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The id of the kind's slide, and the prefix of a stage slide's id. */
        public String id() {
            return id;
        }
    }

    /** What comes before a stage id in a stage slide's id. */
    public static final String STAGE_PREFIX = "stage:";

    public Slide {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STAGE) != (stageId != null)) {
            throw new IllegalArgumentException("a stage slide, and only it, names a stage");
        }
    }

    /** The slide of one kind that is not a stage slide. */
    public static Slide of(Kind kind) {
        return new Slide(kind, null);
    }

    /** The slide that spotlights one stage. */
    public static Slide stage(String stageId) {
        return new Slide(Kind.STAGE, Objects.requireNonNull(stageId, "stageId"));
    }

    /** The id saved with the map when the slide is left out. */
    public String id() {
        return kind == Kind.STAGE ? STAGE_PREFIX + stageId : kind.id();
    }

    /** Whether this is a slide of the map itself (painted by the map painter) rather than a chart. */
    public boolean showsMap() {
        return kind == Kind.MAP || kind == Kind.STAGE;
    }
}
