package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.PersonaColours;
import fi.polku.model.Touchpoint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The personas a card is marked for, as a row of dots in their colours pinned to the card's top edge on
 * the left (a vote badge takes the right), on screen and in exports; and the veil over the cards of
 * other personas while the canvas highlights one persona's journey.
 */
public final class PersonaDots {
    private static final double RADIUS = 4.8;
    private static final double RING = 1.4;
    private static final double STEP = 12.5;
    /** More personas than this on one card show as this many dots: a longer row says nothing more. */
    private static final int MOST = 6;
    private static final int RING_COLOUR = 0xFFFFFFFF;
    private static final int EDGE_COLOUR = 0x59000000;

    /** Card id to its dots' colours (ARGB), only for cards marked for a persona the map has. */
    private final Map<String, int[]> colours;

    private PersonaDots(Map<String, int[]> colours) {
        this.colours = colours;
    }

    /** The dots of every card of {@code map} that is marked for a persona. */
    public static PersonaDots of(JourneyMap map) {
        Map<String, int[]> out = new HashMap<>();
        if (map.personas().isEmpty()) {
            return new PersonaDots(out);
        }
        Map<String, Integer> colourOf = new HashMap<>();
        for (Persona p : map.personas()) {
            colourOf.put(p.id(), BrandColours.parse(PersonaColours.of(p, map.personas())));
        }
        for (Touchpoint t : map.touchpoints()) {
            if (!t.personaIds().isEmpty()) {
                int[] dots = t.personaIds().stream().filter(colourOf::containsKey).limit(MOST)
                        .mapToInt(colourOf::get).toArray();
                if (dots.length > 0) {
                    out.put(t.id(), dots);
                }
            }
        }
        return new PersonaDots(out);
    }

    /**
     * The personas whose dots the map's cards show, by name in the map's order, each with its colour
     * (ARGB): the key a legend gives the reader of a picture.
     */
    public static Map<String, Integer> key(JourneyMap map) {
        Set<String> marking = new HashSet<>();
        map.touchpoints().forEach(t -> marking.addAll(t.personaIds()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Persona p : map.personas()) {
            if (marking.contains(p.id())) {
                out.putIfAbsent(p.name(), BrandColours.parse(PersonaColours.of(p, map.personas())));
            }
        }
        return out;
    }

    /** One dot centred at (cx, cy), ringed and edged as on a card. */
    public static void paintDot(Painter p, double cx, double cy, int argb) {
        paintDot(p, cx, cy, 1, argb);
    }

    /** One dot {@code times} the size of a card's, for a key beside larger text. */
    public static void paintDot(Painter p, double cx, double cy, double times, int argb) {
        p.fillPath(PathShape.circle(cx, cy, (RADIUS + RING) * times), RING_COLOUR);
        PathShape dot = PathShape.circle(cx, cy, RADIUS * times);
        p.fillPath(dot, argb);
        // A faint edge, so that a light colour (sand) still reads as a dot on a white card.
        p.strokePath(dot, EDGE_COLOUR, 0.8 * times);
    }

    /** Whether no card has a dot.
    public boolean isEmpty() {
        return colours.isEmpty();
    }

    /** The dots of the cards that intersect {@code visible} (map coordinates). */
    public void paint(Painter p, MapLayout layout, Rect visible) {
        if (colours.isEmpty()) {
            return;
        }
        for (CardBox card : layout.cardsIn(visible)) {
            int[] dots = colours.get(card.touchpointId());
            if (dots != null) {
                paint(p, card.bounds(), dots);
            }
        }
    }

    /** One card's row of dots, each ringed in white so that it reads on the card and on the lane behind. */
    static void paint(Painter p, Rect card, int[] dots) {
        for (int i = 0; i < dots.length; i++) {
            paintDot(p, card.x() + 14 + i * STEP, card.y(), dots[i]);
        }
    }

    /** Veils the cards in {@code veiled} that intersect {@code visible} in the map's background colour. */
    public static void veil(Painter p, MapLayout layout, Set<String> veiled, Rect visible) {
        if (veiled.isEmpty()) {
            return;
        }
        int colour = (layout.theme().palette().background() & 0x00FFFFFF) | 0xB4000000;
        double radius = layout.theme().sizes().cardRadius();
        for (CardBox card : layout.cardsIn(visible)) {
            if (veiled.contains(card.touchpointId())) {
                // Up over the dots pinned to the top edge, too.
                Rect r = card.bounds();
                double top = RADIUS + RING;
                p.fillRoundRect(r.x(), r.y() - top, r.w(), r.h() + top, radius, colour);
            }
        }
    }
}
