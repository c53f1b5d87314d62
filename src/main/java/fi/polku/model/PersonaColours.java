package fi.polku.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small fixed palette persona colours come from: Paul Tol's muted colours, which stay apart for people
 * with the common colour-vision deficiencies, without the teal and green that a status green would echo,
 * plus a grey. A new persona gets the first colour no other persona has, so that two personas look alike
 * only once the palette has run out.
 */
public final class PersonaColours {
    /** The palette as {@code #RRGGBB}, in the order new personas take them. */
    public static final List<String> PALETTE = List.of("#332288", "#CC6677", "#DDCC77", "#AA4499", "#88CCEE",
            "#882255", "#999933", "#6E6E6E");
    /** A name for each palette colour, in the same order, for the keys that put it into words. */
    public static final List<String> NAMES = List.of("indigo", "rose", "sand", "purple", "lightBlue", "wine",
            "olive", "grey");

    private PersonaColours() {
    }

    /** The colour a persona added after {@code existing} gets: the first one free, else the next in turn. */
    public static String next(List<Persona> existing) {
        Set<String> used = new HashSet<>();
        // The colours the others are drawn in, also those that chose none and show their place's colour.
        for (Persona p : existing) {
            used.add(of(p, existing).toUpperCase(java.util.Locale.ROOT));
        }
        for (String colour : PALETTE) {
            if (!used.contains(colour)) {
                return colour;
            }
        }
        return PALETTE.get(existing.size() % PALETTE.size());
    }

    /**
     * The colour a persona is drawn in: its own, or when it has none (a file from before colours) the
     * palette colour of its place among the map's personas.
     */
    public static String of(Persona persona, List<Persona> all) {
        if (persona.colour() != null && persona.colour().matches("#[0-9A-Fa-f]{6}")) {
            return persona.colour();
        }
        int at = Math.max(0, all.indexOf(persona));
        return PALETTE.get(at % PALETTE.size());
    }
}
