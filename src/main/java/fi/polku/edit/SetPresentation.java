package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Presentation;
import fi.polku.text.Text;

/**
 * Keeps the presenter's choice of slides with the map (the ids of the slides left out), as one undo step
 * "Choose slides"; a choice equal to the map's changes nothing and is not recorded.
 */
public record SetPresentation(Presentation presentation) implements Command {
    public SetPresentation {
        presentation = presentation == null ? Presentation.NONE : presentation;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return presentation.equals(map.presentation()) ? map : map.withPresentation(presentation);
    }

    @Override
    public Text description() {
        return Text.of("step.presentation");
    }
}
