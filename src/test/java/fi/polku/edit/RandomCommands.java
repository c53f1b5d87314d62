package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a random command that a user could issue on a given map, covering every command type,
 * including stale selections and edits that change nothing.
 */
final class RandomCommands {
    private static final String[] WORDS = {"Kassa", "Haku", "Lasku", "Chat", "Ä", "Öljy", "Åland", ""};
    private static final int KINDS = 27;

    private final Random rnd;

    RandomCommands(Random rnd) {
        this.rnd = rnd;
    }

    Command next(JourneyMap map) {
        while (true) {
            Command c = attempt(map, rnd.nextInt(KINDS));
            if (c != null) {
                return c;
            }
        }
    }

    /** Null when this kind of command makes no sense on this map (e.g. no stage to rename). */
    private Command attempt(JourneyMap m, int kind) {
        boolean hasCells = !m.stages().isEmpty() && !m.lanes().isEmpty();
        boolean hasCards = !m.touchpoints().isEmpty();
        return switch (kind) {
            case 0 -> hasCells ? AddTouchpoint.in(m, stage(m), lane(m), rnd.nextInt(6), word()) : null;
            case 1 -> hasCards ? new DeleteTouchpoints(someCards(m)) : null;
            case 2 -> hasCards && hasCells ? new MoveTouchpoints(someCards(m), stage(m), lane(m), rnd.nextInt(6) - 1)
                    : null;
            case 3 -> hasCards ? UpdateTouchpoints.title(card(m), word()) : null;
            case 4 -> hasCards ? UpdateTouchpoints.importance(m, someCards(m),
                    rnd.nextInt(4) == 0 ? null : (double) (1 + rnd.nextInt(5))) : null;
            case 5 -> hasCards ? UpdateTouchpoints.emotion(m, List.of(card(m)), rnd.nextInt(13) / 2.0 - 3) : null;
            case 6 -> hasCards ? switch (rnd.nextInt(4)) {
                case 0 -> UpdateTouchpoints.owner(m, someCards(m), word());
                case 1 -> UpdateTouchpoints.notes(m, someCards(m), word());
                case 2 -> UpdateTouchpoints.tags(m, someCards(m), List.of(word()));
                default -> UpdateTouchpoints.evidence(m, someCards(m), EvidenceLevel.values()[rnd.nextInt(3)]);
            } : null;
            case 7 -> hasCards ? DuplicateTouchpoints.of(m, someCards(m)) : null;
            case 8 -> hasCards && hasCells ? paste(m) : null;
            case 9 -> AddStage.named(m, word(), rnd.nextInt(m.stages().size() + 2));
            case 10 -> m.stages().isEmpty() ? null : new RenameStage(stage(m), word());
            case 11 -> m.stages().isEmpty() ? null : new MoveStage(stage(m), rnd.nextInt(m.stages().size() + 1));
            case 12 -> m.stages().isEmpty() || rnd.nextInt(3) > 0 ? null : new DeleteStage(stage(m));
            case 13 -> AddLane.named(m, word(), LaneKind.values()[rnd.nextInt(LaneKind.values().length)],
                    ChannelType.values()[rnd.nextInt(ChannelType.values().length)], rnd.nextInt(m.lanes().size() + 2));
            case 14 -> m.lanes().isEmpty() ? null : new RenameLane(lane(m), word());
            case 15 -> m.lanes().isEmpty() ? null : new MoveLane(lane(m), rnd.nextInt(m.lanes().size() + 1));
            case 16 -> m.lanes().isEmpty() || rnd.nextInt(3) > 0 ? null : new DeleteLane(lane(m));
            case 17 -> m.lanes().isEmpty() ? null : new ChangeLaneKind(lane(m),
                    LaneKind.values()[rnd.nextInt(LaneKind.values().length)],
                    rnd.nextBoolean() ? null : ChannelType.values()[rnd.nextInt(ChannelType.values().length)]);
            case 18 -> m.touchpoints().size() < 2 ? null : connect(m);
            case 19 -> new DeleteConnection(m.connections().isEmpty() || rnd.nextInt(5) == 0 ? "stale"
                    : m.connections().get(rnd.nextInt(m.connections().size())).id());
            case 20 -> properties(m);
            case 21 -> hasCards ? SetMeasurements.of(m, card(m), measurements()) : null;
            case 22 -> hasCards ? SetTargets.of(m, card(m), rnd.nextBoolean() ? Map.of()
                    : Map.of("nps", (double) (rnd.nextInt(201) - 100), "ces", 1 + rnd.nextInt(7) * 1.0)) : null;
            case 23 -> AddOpportunity.create(m, word(), hasCards ? List.of(card(m)) : List.of(), estimate());
            case 24 -> m.opportunities().isEmpty() ? null : updateOpportunity(m);
            case 25 -> m.opportunities().isEmpty() ? null
                    : new DeleteOpportunity(m.opportunities().get(rnd.nextInt(m.opportunities().size())).id());
            default -> composite(m);
        };
    }

    private Command paste(JourneyMap m) {
        List<Touchpoint> clipboard = new ArrayList<>();
        for (String id : someCards(m)) {
            m.touchpoint(id).ifPresent(t -> clipboard.add(rnd.nextBoolean() ? t : t.withCell("gone-stage", t.laneId())));
        }
        return rnd.nextBoolean()
                ? PasteTouchpoints.intoCell(m, clipboard, stage(m), lane(m), rnd.nextInt(5))
                : PasteTouchpoints.keepingCells(m, clipboard, stage(m), lane(m), rnd.nextInt(5));
    }

    private Command connect(JourneyMap m) {
        String from = card(m);
        String to = card(m);
        return from.equals(to) ? null : AddConnection.between(m, from, to, word());
    }

    private Command properties(JourneyMap m) {
        SetMapProperties now = SetMapProperties.of(m);
        return switch (rnd.nextInt(3)) {
            case 0 -> new SetMapProperties(word(), now.mapDescription(), now.language(), now.scenario(), now.personas());
            case 1 -> new SetMapProperties(now.title(), now.mapDescription(), rnd.nextBoolean() ? "fi" : "sv",
                    word(), now.personas());
            default -> new SetMapProperties(now.title(), word(), now.language(), now.scenario(),
                    rnd.nextBoolean() ? List.of() : List.of(new Persona(IdGenerator.next(m, "p"), word(), "")));
        };
    }

    private Command updateOpportunity(JourneyMap m) {
        Opportunity o = m.opportunities().get(rnd.nextInt(m.opportunities().size()));
        List<String> links = m.touchpoints().isEmpty() ? List.of() : List.of(card(m));
        return new UpdateOpportunity(new Opportunity(o.id(), word(), rnd.nextBoolean() ? o.touchpointIds() : links,
                rnd.nextBoolean() ? o.estimate() : estimate()));
    }

    /** Several commands, each made for the map the previous ones leave, as an import builds them. */
    private Command composite(JourneyMap m) {
        List<Command> parts = new ArrayList<>();
        JourneyMap current = m;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            Command c = attempt(current, rnd.nextInt(KINDS - 1));
            if (c != null) {
                parts.add(c);
                current = c.apply(current);
            }
        }
        return new CompositeCommand(Text.of("step.importAnswers", parts.size(), "random.csv"), parts);
    }

    private List<Measurement> measurements() {
        List<Measurement> out = new ArrayList<>();
        if (rnd.nextBoolean()) {
            out.add(Measurement.of("csat", rnd.nextInt(101), 10 + rnd.nextInt(90), LocalDate.of(2026, 3, 1),
                    word(), EvidenceLevel.OBSERVED));
        }
        if (rnd.nextBoolean()) {
            out.add(new Measurement("fcr", 50, 20, 30.0, 70.0, null, null, "", null));
        }
        return out;
    }

    private ValueEstimate estimate() {
        return rnd.nextBoolean() ? null : new ValueEstimate(rnd.nextInt(50), rnd.nextDouble(), 20, 13, 360, "EUR");
    }

    private List<String> someCards(JourneyMap m) {
        List<String> out = new ArrayList<>();
        int n = 1 + rnd.nextInt(Math.min(4, m.touchpoints().size()));
        for (int i = 0; i < n; i++) {
            out.add(rnd.nextInt(8) == 0 ? "stale-" + i : card(m));
        }
        return out.stream().distinct().toList();
    }

    private String card(JourneyMap m) {
        return m.touchpoints().get(rnd.nextInt(m.touchpoints().size())).id();
    }

    private String stage(JourneyMap m) {
        return m.stages().get(rnd.nextInt(m.stages().size())).id();
    }

    private String lane(JourneyMap m) {
        return m.lanes().get(rnd.nextInt(m.lanes().size())).id();
    }

    private String word() {
        return WORDS[rnd.nextInt(WORDS.length)];
    }
}
