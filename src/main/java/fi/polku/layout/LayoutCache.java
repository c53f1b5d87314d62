package fi.polku.layout;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers measured cards between layouts of successive map values. An edit makes a new map that
 * shares its unchanged touchpoints, so after one edit only the edited card is measured again, which
 * keeps relayout of a map with tens of thousands of cards quick enough for dragging.
 */
public final class LayoutCache {
    private Map<Touchpoint, CardLayouter.Content> previous = new IdentityHashMap<>();
    private Map<Touchpoint, CardLayouter.Content> current = new IdentityHashMap<>();
    private Theme theme;
    private TextMeasurer measurer;
    private List<MetricDefinition> metrics;
    private String language;

    /** Starts a layout; forgets everything when anything but the touchpoints changed. */
    void begin(JourneyMap map, Theme t, TextMeasurer m) {
        if (t != theme || m != measurer || map.metrics() != metrics || !map.language().equals(language)) {
            current.clear();
            theme = t;
            measurer = m;
            metrics = map.metrics();
            language = map.language();
        }
        previous = current;
        current = new IdentityHashMap<>();
    }

    /** @param valueText the card's yearly value; a card whose value changed is measured again */
    CardLayouter.Content measure(Touchpoint tp, JourneyMap map, CardLayouter layouter, String valueText) {
        CardLayouter.Content c = previous.get(tp);
        if (c == null || !java.util.Objects.equals(c.valueText(), valueText)) {
            c = layouter.measure(tp, map, valueText);
        }
        current.put(tp, c);
        return c;
    }
}
