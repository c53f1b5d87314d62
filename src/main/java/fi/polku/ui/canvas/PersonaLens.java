package fi.polku.ui.canvas;

import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.model.PersonaJourney;
import fi.polku.model.Touchpoint;
import fi.polku.render.Painter;
import fi.polku.render.PersonaDots;
import fi.polku.ui.state.PersonaFilter;

import java.util.HashSet;
import java.util.Set;

/**
 * The canvas through the persona filter: with a persona chosen to hide the others, the map laid out holds
 * only that persona's cards; to veil them, every card is laid out and the others are veiled when painted.
 * It also paints each card's persona dots. What it computes is kept until the map or the filter changes,
 * so a repaint on a big map costs no pass over its cards.
 */
final class PersonaLens {
    private final PersonaFilter filter;
    private JourneyMap dotsFor;
    private PersonaDots dots;
    private JourneyMap veilFor;
    private String veilPersona;
    private Set<String> veiled = Set.of();

    PersonaLens(JourneyCanvas canvas) {
        this.filter = canvas.state().personaFilter();
        Runnable changed = () -> {
            dropHidden(canvas);
            canvas.setMap(canvas.getMap());
        };
        filter.personaProperty().addListener((o, was, now) -> changed.run());
        filter.modeProperty().addListener((o, was, now) -> changed.run());
    }

    /** The map the canvas lays out: all of it, or in hiding mode only the chosen persona's cards. */
    JourneyMap shown(JourneyMap map) {
        String persona = filter.persona();
        return persona == null || filter.mode() != PersonaFilter.Mode.HIDE ? map
                : PersonaJourney.cardsFor(map, persona);
    }

    /** Paints the persona dots of the visible cards, then the veil over other personas' cards. */
    void paint(Painter p, MapLayout layout, JourneyMap map, Rect visible) {
        if (map != dotsFor) {
            dotsFor = map;
            dots = PersonaDots.of(map);
        }
        dots.paint(p, layout, visible);
        PersonaDots.veil(p, layout, veiled(map), visible);
    }

    private Set<String> veiled(JourneyMap map) {
        String persona = filter.persona();
        if (persona == null || filter.mode() != PersonaFilter.Mode.VEIL) {
            return Set.of();
        }
        if (map != veilFor || !persona.equals(veilPersona)) {
            Set<String> out = new HashSet<>();
            for (Touchpoint t : map.touchpoints()) {
                if (!PersonaJourney.includes(t, persona)) {
                    out.add(t.id());
                }
            }
            veilFor = map;
            veilPersona = persona;
            veiled = Set.copyOf(out);
        }
        return veiled;
    }

    /** Hidden cards leave the selection, so that Delete or a move never acts on cards no one can see. */
    private void dropHidden(JourneyCanvas canvas) {
        String persona = filter.persona();
        if (persona != null && filter.mode() == PersonaFilter.Mode.HIDE) {
            JourneyMap map = canvas.getMap();
            canvas.state().selection().removeIf(id -> map.touchpoint(id)
                    .map(t -> !PersonaJourney.includes(t, persona)).orElse(false));
        }
    }
}
