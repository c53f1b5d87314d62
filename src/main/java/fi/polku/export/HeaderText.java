package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The heading printed above an exported map: its title, who walks the journey and the date it shows.
 *
 * @param persona persona names, or empty
 * @param date    the date printed, or null for none
 */
public record HeaderText(String title, String persona, LocalDate date) {
    public HeaderText {
        title = title == null ? "" : title;
        persona = persona == null ? "" : persona;
    }

    /** The map's own title and personas, dated by its last modification (today if it has none). */
    public static HeaderText of(JourneyMap map) {
        LocalDate date = map.modified() != null ? LocalDate.ofInstant(map.modified(), ZoneOffset.UTC)
                : LocalDate.now(ZoneOffset.UTC);
        String persona = map.personas().stream().map(Persona::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining(", "));
        return new HeaderText(map.title(), persona, date);
    }
}
