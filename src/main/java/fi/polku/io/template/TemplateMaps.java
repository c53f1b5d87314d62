package fi.polku.io.template;

import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;
import fi.polku.model.Voting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What becomes of a map saved as a template, and of a template opened as a new map. */
public final class TemplateMaps {
    private TemplateMaps() {
    }

    /**
     * The map as a template named {@code name}: the name becomes its title, and it has no times of its own.
     * Without measurements it keeps the structure and the words (stages, lanes, cards with their titles,
     * descriptions, owners, tags and notes, connections, personas, scenario, metric definitions, brand and
     * opportunity texts) but not what was found out about one service: the measurements, targets,
     * importance, emotion and evidence of the cards and the value estimates of the opportunities. Those
     * belong to the study the map came from, and a new workshop rates its own. A dot-voting round in progress
     * is never kept (it is one workshop's working state), nor are saved survey mappings (they name one study's
     * survey files, and a map opened from a template starts without them anyway).
     */
    public static JourneyMap asTemplate(JourneyMap map, String name, boolean keepMeasurements) {
        JourneyMap named = map.withTitle(name.strip()).withTimestamps(null, null).withVoting(Voting.NONE)
                .withSurveyMappings(List.of());
        return keepMeasurements ? named : withoutMeasurements(named);
    }

    /** The map without its findings; see {@link #asTemplate}. */
    public static JourneyMap withoutMeasurements(JourneyMap map) {
        List<Touchpoint> cards = map.touchpoints().stream()
                .map(t -> t.withMeasurements(List.of()).withTargets(Map.of()).withImportance(null)
                        .withEmotion(null).withEvidence(null))
                .toList();
        List<Opportunity> opportunities = map.opportunities().stream()
                .map(o -> new Opportunity(o.id(), o.text(), o.touchpointIds(), null))
                .toList();
        return map.withTouchpoints(cards).withOpportunities(opportunities);
    }

    /**
     * A new map started from a template: a fresh id, created and modified {@code now}, everything else as
     * the template has it. The caller keeps it without a file, so that saving asks for one.
     */
    public static JourneyMap newMap(Template template, String id, Instant now) {
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        JourneyMap map = template.map();
        // Built up from an empty map, so that whatever a template carries beyond the map's content (such as
        // votes of a workshop) is not carried into the new map.
        return JourneyMap.empty(id, map.title()).withDescription(map.description()).withLanguage(map.language())
                .withPersonas(map.personas()).withScenario(map.scenario()).withTimestamps(stamp, stamp)
                .withStages(map.stages()).withLanes(map.lanes()).withTouchpoints(map.touchpoints())
                .withConnections(map.connections()).withMetrics(map.metrics())
                .withOpportunities(map.opportunities()).withBrand(map.brand());
    }
}
