package fi.polku.ui.present;

import fi.polku.render.present.Slide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stepping through a show as a presenter does: ends, numbers typed, a blanked screen, a new choice of slides. */
class SlideShowTest {
    private static List<Slide> slides(int stages) {
        List<Slide> all = new ArrayList<>();
        all.add(Slide.of(Slide.Kind.MAP));
        for (int i = 1; i <= stages; i++) {
            all.add(Slide.stage("s" + i));
        }
        all.add(Slide.of(Slide.Kind.MATRIX));
        return all;
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        SlideShow show = new SlideShow(slides(2));
        show.previous();
        assertThat(show.indexProperty().get()).isZero();
        show.next();
        show.next();
        show.next();
        show.next();
        assertThat(show.current()).isEqualTo(Slide.of(Slide.Kind.MATRIX));
        show.first();
        assertThat(show.indexProperty().get()).isZero();
        show.last();
        assertThat(show.indexProperty().get()).isEqualTo(3);
    }

    @Test
    void aDigitJumpsAtOnceWhenNoLongerNumberCouldBeMeant() {
        SlideShow nine = new SlideShow(slides(7));
        assertThat(nine.typeDigit(3)).isTrue();
        assertThat(nine.indexProperty().get()).isEqualTo(2);

        SlideShow twelve = new SlideShow(slides(10));
        assertThat(twelve.typeDigit(1)).as("10, 11 or 12 may follow").isFalse();
        assertThat(twelve.typedProperty().get()).isEqualTo("1");
        assertThat(twelve.typeDigit(1)).isTrue();
        assertThat(twelve.indexProperty().get()).isEqualTo(10);
        assertThat(twelve.typeDigit(5)).isTrue();
        assertThat(twelve.indexProperty().get()).isEqualTo(4);
        twelve.typeDigit(1);
        assertThat(twelve.enterTyped()).isTrue();
        assertThat(twelve.indexProperty().get()).isZero();
        assertThat(twelve.enterTyped()).as("nothing typed").isFalse();
        twelve.typeDigit(1);
        assertThat(twelve.eraseTyped()).isTrue();
        assertThat(twelve.typedProperty().get()).isEmpty();
        assertThat(twelve.typeDigit(0)).as("no slide 0").isFalse();
        assertThat(twelve.typedProperty().get()).isEmpty();
    }

    @Test
    void movingOnFromABlankScreenShowsTheSlideItWasOn() {
        SlideShow show = new SlideShow(slides(3));
        show.next();
        show.toggleBlank();
        assertThat(show.blankProperty().get()).isTrue();
        show.next();
        assertThat(show.blankProperty().get()).isFalse();
        assertThat(show.indexProperty().get()).isEqualTo(1);
    }

    @Test
    void aNewChoiceKeepsTheCurrentSlideIfItIsStillShown() {
        SlideShow show = new SlideShow(slides(3));
        show.next();
        show.next();
        assertThat(show.current()).isEqualTo(Slide.stage("s2"));
        show.setSlides(List.of(Slide.of(Slide.Kind.MAP), Slide.stage("s2"), Slide.of(Slide.Kind.MATRIX)));
        assertThat(show.current()).isEqualTo(Slide.stage("s2"));
        assertThat(show.indexProperty().get()).isEqualTo(1);
        show.setSlides(List.of(Slide.of(Slide.Kind.MAP), Slide.of(Slide.Kind.MATRIX)));
        assertThat(show.current()).as("the one now at its place").isEqualTo(Slide.of(Slide.Kind.MATRIX));
    }
}
