package fi.polku.io;

import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Generates maps that satisfy every rule of the file format, with awkward text and numbers on their scales. */
final class ValidMaps {
    private ValidMaps() {
    }

    /** Text a facilitator might type: Finnish letters, quotes, backslashes, line breaks, control characters, emoji. */
    static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~')
                .withChars("äöåÄÖÅ€–—…\n\t\r\"\\/\u0000\u001f\u2028é").ofMaxLength(12);
        return Arbitraries.oneOf(plain, Arbitraries.of("", "Ennen ostoa", "Kassa 😀", "x\ny"));
    }

    static Arbitrary<JourneyMap> maps() {
        Arbitrary<List<Stage>> stages = text().list().ofMinSize(1).ofMaxSize(4).map(names -> {
            List<Stage> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(new Stage("s" + i, names.get(i)));
            }
            return out;
        });
        Arbitrary<Lane> lane = Combinators.combine(text(), Arbitraries.of(LaneKind.class),
                Arbitraries.of(ChannelType.class).injectNull(0.3)).as((name, kind, channel) ->
                new Lane("?", name, kind, kind == LaneKind.CHANNEL ? channel : null));
        Arbitrary<List<Lane>> lanes = lane.list().ofMinSize(1).ofMaxSize(4).map(ls -> {
            List<Lane> out = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                out.add(new Lane("l" + i, ls.get(i).name(), ls.get(i).kind(), ls.get(i).channel()));
            }
            return out;
        });
        Arbitrary<List<MetricDefinition>> metrics = Combinators.combine(text(), Arbitraries.of("", "min", "%"),
                Arbitraries.doubles().between(-1000, 1000).ofScale(3),
                Arbitraries.doubles().between(0.01, 1000).ofScale(2), Arbitraries.of(Direction.class))
                .as((name, unit, min, width, dir) -> MetricDefinition.custom("?", name, unit, min, min + width, dir))
                .list().ofMaxSize(2).map(ms -> {
                    List<MetricDefinition> out = new ArrayList<>();
                    for (int i = 0; i < ms.size(); i++) {
                        MetricDefinition m = ms.get(i);
                        out.add(MetricDefinition.custom("m" + i, m.name(), m.unit(), m.min(), m.max(), m.direction()));
                    }
                    return out;
                });
        Arbitrary<List<Persona>> personas = Combinators.combine(text(), text())
                .as((n, d) -> new Persona("?", n, d)).list().ofMaxSize(2)
                .map(ps -> {
                    List<Persona> out = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        out.add(new Persona("p" + i, ps.get(i).name(), ps.get(i).description()));
                    }
                    return out;
                });
        Arbitrary<List<Integer>> seeds = Arbitraries.integers().between(0, 1_000_000).list().ofMaxSize(8);
        Arbitrary<JourneyMap> header = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                text(), text(), Arbitraries.of("fi", "en", "sv"), text(), instant().injectNull(0.3),
                instant().injectNull(0.3)).as((id, title, desc, lang, scenario, created, modified) ->
                new JourneyMap(id, title, desc, lang, List.of(), scenario, created, modified, List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of()));
        return Combinators.combine(header, personas, stages, lanes, metrics, seeds, touchpointTemplates())
                .as((map, ps, ss, ls, ms, links, tps) -> assemble(map.withPersonas(ps).withStages(ss).withLanes(ls)
                        .withMetrics(ms), tps, links));
    }

    private static Arbitrary<List<Touchpoint>> touchpointTemplates() {
        Arbitrary<Measurement> measurement = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.doubles().between(0, 1).ofScale(4), Arbitraries.integers().between(0, 5000).injectNull(0.3),
                Arbitraries.doubles().between(0, 1).ofScale(3).injectNull(0.5), date().injectNull(0.3),
                Arbitraries.integers().between(0, 60).injectNull(0.5), text(),
                Arbitraries.of(EvidenceLevel.class)).as((metric, share, n, spread, day, days, source, evidence) ->
                new Measurement("#" + metric, share, n, spread, spread == null ? null : spread + 1,
                        day == null || days == null ? null : day.minusDays(days), day, source, evidence));
        Arbitrary<Touchpoint> touchpoint = Combinators.combine(text(), text(),
                Arbitraries.doubles().between(1, 5).ofScale(1).injectNull(0.3),
                Arbitraries.integers().between(-3, 3).map(Integer::doubleValue).injectNull(0.3),
                text().list().ofMaxSize(3), Arbitraries.of(EvidenceLevel.class).injectNull(0.3),
                measurement.list().ofMaxSize(3), Arbitraries.doubles().between(0, 1).ofScale(2).list().ofMaxSize(3))
                .as((title, notes, importance, emotion, tags, evidence, ms, targetShares) -> {
                    Map<String, Double> targets = new TreeMap<>();
                    for (int i = 0; i < targetShares.size(); i++) {
                        targets.put("#" + i, targetShares.get(i));
                    }
                    return new Touchpoint("?", title, notes, "?", "?", importance, emotion, notes, tags, title,
                            evidence, ms, targets);
                });
        return touchpoint.list().ofMaxSize(8);
    }

    /**
     * Gives templates real ids and cells, and turns their placeholder metrics ("#k") and 0..1 shares
     * into values on the chosen metric's scale, so every generated map is valid by construction.
     */
    private static JourneyMap assemble(JourneyMap map, List<Touchpoint> templates, List<Integer> links) {
        List<MetricDefinition> metrics = map.allMetrics();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Touchpoint t = templates.get(i);
            List<Measurement> ms = new ArrayList<>();
            for (Measurement m : t.measurements()) {
                MetricDefinition d = metrics.get(Integer.parseInt(m.metric().substring(1)) % metrics.size());
                Double low = m.ciLow() == null ? null : onScale(d, m.ciLow() / 2);
                Double high = m.ciHigh() == null ? null : onScale(d, m.ciHigh() / 2);
                ms.add(new Measurement(d.id(), onScale(d, m.value()), m.n(), low, high, m.dateFrom(), m.date(),
                        m.source(), m.evidence()));
            }
            Map<String, Double> targets = new TreeMap<>();
            t.targets().forEach((k, share) -> {
                MetricDefinition d = metrics.get(Integer.parseInt(k.substring(1)) % metrics.size());
                targets.put(d.id(), onScale(d, share));
            });
            Stage stage = map.stages().get(i % map.stages().size());
            Lane lane = map.lanes().get((i * 7 + 3) % map.lanes().size());
            touchpoints.add(t.withId("t" + i).withCell(stage.id(), lane.id()).withMeasurements(ms)
                    .withTargets(targets));
        }
        List<Connection> connections = new ArrayList<>();
        List<Opportunity> opportunities = new ArrayList<>();
        if (!touchpoints.isEmpty()) {
            for (int i = 0; i < links.size(); i++) {
                int link = links.get(i);
                String from = touchpoints.get(link % touchpoints.size()).id();
                String to = touchpoints.get((link / 7) % touchpoints.size()).id();
                if (link % 2 == 0) {
                    connections.add(new Connection("c" + i, from, to, link % 3 == 0 ? "" : "then " + link));
                } else {
                    ValueEstimate estimate = link % 3 == 0 ? null
                            : new ValueEstimate(link % 50, (link % 1000) / 1000.0, link % 97 + 0.5, link % 13, 360,
                            link % 5 == 0 ? "USD" : "EUR");
                    opportunities.add(new Opportunity("o" + i, "idea " + link, List.of(from, to), estimate));
                }
            }
        }
        return map.withTouchpoints(touchpoints).withConnections(connections).withOpportunities(opportunities);
    }

    private static double onScale(MetricDefinition d, double share) {
        double v = d.min() + share * (d.max() - d.min());
        return Math.max(d.min(), Math.min(d.max(), v));
    }

    private static Arbitrary<Instant> instant() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L),
                Arbitraries.of(0, 0, 123_000_000, 999_999_999)).as(Instant::ofEpochSecond);
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(0, 40_000).map(LocalDate::ofEpochDay);
    }
}
