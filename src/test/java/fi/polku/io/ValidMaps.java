package fi.polku.io;

import fi.polku.model.Brand;
import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Logo;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.QuestionLink;
import fi.polku.model.Stage;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.model.Vote;
import fi.polku.model.Voting;
import fi.polku.testing.Gen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/** Generates maps that satisfy every rule of the file format, with awkward text and numbers on their scales. */
final class ValidMaps {
    /** Printable ASCII and the chars a facilitator's text trips code up with. */
    private static final String TEXT_CHARS =
            Gen.chars(' ', '~', "äöåÄÖÅ€–—…\n\t\r\"\\/\u0000\u001f\u2028é");
    private static final String ALPHA = Gen.chars('A', 'Z', "abcdefghijklmnopqrstuvwxyz");

    private ValidMaps() {
    }

    /** Maps made of edge values throughout: empty and longest texts, bounds of every scale, empty and full lists. */
    static List<JourneyMap> edgeCases() {
        return LongStream.range(0, 20).mapToObj(seed -> map(Gen.edges(seed))).toList();
    }

    /** Text a facilitator might type: Finnish letters, quotes, backslashes, line breaks, control characters, emoji. */
    static String text(Gen g) {
        return g.chance(0.5) ? g.string(0, 12, TEXT_CHARS) : g.oneOf("", "Ennen ostoa", "Kassa 😀", "x\ny");
    }

    /** One valid map drawn from {@code g}. */
    static JourneyMap map(Gen g) {
        int stageCount = g.intBetween(1, 4);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            stages.add(new Stage("s" + i, text(g)));
        }
        int laneCount = g.intBetween(1, 4);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            String name = text(g);
            LaneKind kind = g.oneOf(LaneKind.class);
            ChannelType channel = g.orNull(0.3, () -> g.oneOf(ChannelType.class));
            lanes.add(new Lane("l" + i, name, kind, kind == LaneKind.CHANNEL ? channel : null));
        }
        int metricCount = g.intBetween(0, 2);
        List<MetricDefinition> metrics = new ArrayList<>();
        for (int i = 0; i < metricCount; i++) {
            double min = g.decimal(-1000, 1000, 3);
            double width = g.decimal(0.01, 1000, 2);
            metrics.add(g.chance(0.3) ? MetricDefinition.yesNo("m" + i, text(g), g.oneOf(Direction.class))
                    : MetricDefinition.custom("m" + i, text(g), g.oneOf("", "min", "%"), min, min + width,
                    g.oneOf(Direction.class)));
        }
        int personaCount = g.intBetween(0, 2);
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < personaCount; i++) {
            personas.add(new Persona("p" + i, text(g), text(g)));
        }
        List<Integer> links = g.list(0, 8, () -> g.intBetween(0, 1_000_000));
        List<Map<ValueFactor, FactorSource>> sources = g.list(1, 3, () -> sources(g));
        Brand brand = g.orNull(0.4, () -> new Brand(g.orNull(0.3, () -> colour(g)), g.orNull(0.4, () -> logo(g))));
        JourneyMap header = new JourneyMap(g.string(1, 8, ALPHA), text(g), text(g), g.oneOf("fi", "en", "sv"),
                List.of(), text(g), g.orNull(0.3, () -> instant(g)), g.orNull(0.3, () -> instant(g)), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), brand, null, null);
        JourneyMap map = assemble(header.withPersonas(personas).withStages(stages).withLanes(lanes)
                .withMetrics(metrics), g.list(0, 8, () -> touchpointTemplate(g)), links, sources);
        map = g.chance(0.4) ? map.withVoting(voting(g, map)) : map;
        return g.chance(0.4) ? map.withSurveyMappings(surveyMappings(g, map)) : map;
    }

    /** Saved survey mappings, each under its own header key, on the map's cards and metrics, with labels. */
    private static List<SurveyMapping> surveyMappings(Gen g, JourneyMap map) {
        List<SurveyMapping> out = new ArrayList<>();
        int count = g.intBetween(0, 3);
        for (int i = 0; i < count; i++) {
            List<QuestionLink> questions = new ArrayList<>();
            if (!map.touchpoints().isEmpty()) {
                for (int q = g.intBetween(0, 4); q > 0; q--) {
                    questions.add(new QuestionLink("Q" + q + text(g),
                            map.touchpoints().get(g.intBetween(0, map.touchpoints().size() - 1)).id(),
                            map.allMetrics().get(g.intBetween(0, map.allMetrics().size() - 1)).id()));
                }
            }
            Map<String, Double> labels = new LinkedHashMap<>();
            for (int l = g.intBetween(0, 3); l > 0; l--) {
                labels.put("L" + l + text(g), g.decimal(-1000, 1000, 3));
            }
            out.add(new SurveyMapping(Integer.toHexString(i) + g.string(1, 8, ALPHA), text(g), questions, labels));
        }
        return out;
    }

    /** A voting round on the map's cards: numbered or named voters, some dots (several on one card too). */
    private static Voting voting(Gen g, JourneyMap map) {
        List<String> voters = new ArrayList<>();
        int count = g.intBetween(0, 4);
        for (int i = 0; i < count; i++) {
            voters.add(g.chance(0.5) ? Integer.toString(i + 1) : "V" + i + text(g));
        }
        List<Vote> votes = new ArrayList<>();
        if (!voters.isEmpty() && !map.touchpoints().isEmpty()) {
            for (int i = g.intBetween(0, 8); i > 0; i--) {
                votes.add(new Vote(voters.get(g.intBetween(0, voters.size() - 1)),
                        map.touchpoints().get(g.intBetween(0, map.touchpoints().size() - 1)).id()));
            }
        }
        return new Voting(g.intBetween(1, Voting.MAX_DOTS), voters, votes);
    }

    /** An accent colour #RRGGBB, in either case. */
    private static String colour(Gen g) {
        String rgb = String.format("#%06X", g.intBetween(0, 0xFFFFFF));
        return g.chance(0.5) ? rgb : rgb.toLowerCase(java.util.Locale.ROOT);
    }

    /** A logo of either type whose bytes are anything, including none, every byte value and lengths around base64's groups of three. */
    private static Logo logo(Gen g) {
        byte[] data = new byte[g.intBetween(0, 40)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) g.intBetween(-128, 127);
        }
        return new Logo(g.oneOf(Logo.PNG, Logo.SVG), data);
    }

    /** Sources for some factors: an evidence level, a note, or both. */
    private static Map<ValueFactor, FactorSource> sources(Gen g) {
        Map<ValueFactor, FactorSource> out = new EnumMap<>(ValueFactor.class);
        for (ValueFactor factor : ValueFactor.values()) {
            if (g.chance(0.5)) {
                out.put(factor, new FactorSource(g.orNull(0.3, () -> g.oneOf(EvidenceLevel.class)), text(g)));
            }
        }
        return out;
    }

    /** A touchpoint with placeholder ids and cell, and measurements and targets on placeholder metrics. */
    private static Touchpoint touchpointTemplate(Gen g) {
        String title = text(g);
        String notes = text(g);
        Double importance = g.orNull(0.3, () -> g.decimal(1, 5, 1));
        Double emotion = g.orNull(0.3, () -> (double) g.intBetween(-3, 3));
        List<String> tags = g.list(0, 3, () -> text(g));
        EvidenceLevel evidence = g.orNull(0.3, () -> g.oneOf(EvidenceLevel.class));
        List<Measurement> measurements = g.list(0, 3, () -> measurementTemplate(g));
        List<Double> targetShares = g.list(0, 3, () -> g.decimal(0, 1, 2));
        Map<String, Double> targets = new TreeMap<>();
        for (int i = 0; i < targetShares.size(); i++) {
            targets.put("#" + i, targetShares.get(i));
        }
        return new Touchpoint("?", title, notes, "?", "?", importance, emotion, notes, tags, title, evidence,
                measurements, targets);
    }

    /** A measurement of placeholder metric "#k" whose value and interval are 0..1 shares of its scale. */
    private static Measurement measurementTemplate(Gen g) {
        int metric = g.intBetween(0, 6);
        double share = g.decimal(0, 1, 4);
        Integer n = g.orNull(0.3, () -> g.intBetween(0, 5000));
        Double spread = g.orNull(0.5, () -> g.decimal(0, 1, 3));
        LocalDate day = g.orNull(0.3, () -> LocalDate.ofEpochDay(g.longBetween(0, 40_000)));
        Integer days = g.orNull(0.5, () -> g.intBetween(0, 60));
        return new Measurement("#" + metric, share, n, spread, spread == null ? null : spread + 1,
                day == null || days == null ? null : day.minusDays(days), day, text(g), g.oneOf(EvidenceLevel.class),
                g.chance(0.4) ? text(g) : "");
    }

    /**
     * Gives templates real ids and cells, and turns their placeholder metrics ("#k") and 0..1 shares
     * into values on the chosen metric's scale, so every generated map is valid by construction.
     */
    private static JourneyMap assemble(JourneyMap map, List<Touchpoint> templates, List<Integer> links,
                                       List<Map<ValueFactor, FactorSource>> sources) {
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
                        m.source(), m.evidence(), m.round()));
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
                            link % 5 == 0 ? "USD" : "EUR", sources.get(i % sources.size()));
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

    private static Instant instant(Gen g) {
        return Instant.ofEpochSecond(g.longBetween(0, 4_000_000_000L), g.oneOf(0, 0, 123_000_000, 999_999_999));
    }
}
