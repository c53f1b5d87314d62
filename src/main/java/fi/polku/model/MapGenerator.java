package fi.polku.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes realistic, valid journey maps of any size from a seed, for samples, tests and benchmarks.
 * Pure and deterministic: the same arguments always give an equal map.
 */
public final class MapGenerator {
    private static final String[] OBJECTS = {"Verkkokaupan", "Laskun", "Tilauksen", "Palautuksen", "Toimituksen",
        "Kanta-asiakkaan", "Tuotteen", "Ajanvarauksen", "Sopimuksen", "Hinnaston", "Kuitin", "Lahjakortin",
        "Takuun", "Mobiilisovelluksen", "Säästötilin", "Öljynvaihdon"};
    private static final String[] ACTIONS = {"haku", "selvitys", "vahvistus", "seuranta", "käsittely", "maksu",
        "vertailu", "muutos", "peruutus", "tarkistus", "nouto", "neuvonta", "yhteydenotto", "päivitys"};
    private static final String[] STANDALONE = {"Kassajono", "Chat-neuvonta", "Sovituskoppi", "Noutopiste",
        "Asiakasbussi", "Hyllypaikan löytäminen", "Tervetulotoivotus", "Uutiskirje", "Somekampanja",
        "Mystery shopping -käynti", "Äänipalvelun valikko", "Tyytyväisyyskysely", "Pikakassa", "Messuosasto",
        "Åbo-myymälän avajaiset", "Säästöviikot", "Yöllinen tilaus", "Koeajo", "Reklamaatiopuhelu"};
    private static final String[] STAGES = {"Ennen ostoa", "Osto", "Oston jälkeen"};
    private static final String[] OWNERS = {"Markkinointi", "Myynti", "Asiakaspalvelu", "Talous",
        "Tuotehallinta", "Logistiikka", "Verkkokauppatiimi", "Myymäläpäällikkö"};
    private static final String[] TAGS = {"mobiili", "kiire", "pilotti", "kampanja", "kipupiste", "ilahduttaja"};
    private static final String[] OPPORTUNITIES = {"Katalogi asiakasbussiin", "Chat-vastaus alle minuutissa",
        "Laskulle selkeämpi erittely", "Noutopisteen opasteet", "Kanta-asiakkaille oma kassa",
        "Palautukset ilman kuittia", "Tilausvahvistukseen toimitusaika", "Myyjä tervehtii 30 sekunnissa"};
    private static final LaneSpec[] LANES = {
        new LaneSpec("Verkkosivut", LaneKind.CHANNEL, ChannelType.WEB),
        new LaneSpec("Myymälä", LaneKind.CHANNEL, ChannelType.STORE),
        new LaneSpec("Chat", LaneKind.CHANNEL, ChannelType.CHAT),
        new LaneSpec("Sähköposti", LaneKind.CHANNEL, ChannelType.EMAIL),
        new LaneSpec("Puhelin", LaneKind.CHANNEL, ChannelType.PHONE),
        new LaneSpec("Sosiaalinen media", LaneKind.CHANNEL, ChannelType.SOCIAL),
        new LaneSpec("Lasku", LaneKind.CHANNEL, ChannelType.INVOICE),
        new LaneSpec("Muut kanavat", LaneKind.CHANNEL, ChannelType.OTHER),
        new LaneSpec("Taustaprosessit", LaneKind.BACKSTAGE, null),
        new LaneSpec("Kipupisteet", LaneKind.PAIN_POINTS, null),
        new LaneSpec("Mahdollisuudet", LaneKind.OPPORTUNITIES, null),
        new LaneSpec("Muistiinpanot", LaneKind.TEXT, null)};
    private static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");

    private record LaneSpec(String name, LaneKind kind, ChannelType channel) {
    }

    private MapGenerator() {
    }

    /**
     * A map with the given numbers of touchpoints, stages (at least 1) and lanes (at least 1; from 2 on
     * the last is the emotion lane, which holds no cards).
     */
    public static JourneyMap generate(int touchpoints, int stages, int lanes, long seed) {
        if (touchpoints < 0 || stages < 1 || lanes < 1) {
            // A programmer's error, left in English: the CLI (the only place a person types these) checks first.
            throw new IllegalArgumentException("Need touchpoints >= 0, stages >= 1 and lanes >= 1");
        }
        Random rnd = new Random(seed);
        List<Stage> stageList = stages(stages);
        List<Lane> laneList = lanes(lanes);
        List<Lane> cardLanes = laneList.stream().filter(l -> l.kind() != LaneKind.EMOTION).toList();
        GeneratedMeasurements measurements = new GeneratedMeasurements(rnd);
        List<Touchpoint> tps = new ArrayList<>(touchpoints);
        for (int i = 0; i < touchpoints; i++) {
            // Spread cards evenly over the stages so that every column has work in it.
            Stage stage = stageList.get((int) ((long) i * stages / Math.max(1, touchpoints)));
            Lane lane = cardLanes.get(rnd.nextInt(cardLanes.size()));
            tps.add(touchpoint(rnd, "t" + (i + 1), stage.id(), lane.id(), measurements));
        }
        Instant created = EPOCH.plus(rnd.nextInt(200), ChronoUnit.DAYS);
        Instant modified = created.plus(1 + rnd.nextInt(3000), ChronoUnit.HOURS);
        Persona eeva = new Persona("p1", "Eeva, 34", "Pendelöi Espoosta ja ostaa illalla mobiilissa");
        Persona jons = new Persona("p2", "Jöns Åberg", "Eläkeläinen, asioi mieluiten myymälässä");
        List<Persona> personas = rnd.nextBoolean() ? List.of(eeva) : List.of(eeva, jons);
        return new JourneyMap("generated-" + Long.toHexString(seed),
                "Asiakaspolku: " + pick(rnd, OBJECTS).toLowerCase(Locale.ROOT) + " " + pick(rnd, ACTIONS),
                "Luotu esimerkkikartta (" + touchpoints + " kosketuspistettä)", "fi", personas,
                "Asiakas hoitaa asiansa ennen ostoa, oston aikana ja sen jälkeen.", created, modified,
                stageList, laneList, tps, connections(rnd, tps), List.of(), opportunities(rnd, tps), null, null, null);
    }

    private static List<Stage> stages(int count) {
        List<Stage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Stage("s" + (i + 1), i < STAGES.length ? STAGES[i] : "Vaihe " + (i + 1)));
        }
        return out;
    }

    private static List<Lane> lanes(int count) {
        List<Lane> out = new ArrayList<>(count);
        int cardLanes = count == 1 ? 1 : count - 1;
        for (int i = 0; i < cardLanes; i++) {
            LaneSpec spec = LANES[i % LANES.length];
            int round = i / LANES.length;
            String name = round == 0 ? spec.name() : spec.name() + " " + (round + 1);
            out.add(new Lane("l" + (i + 1), name, spec.kind(), spec.channel()));
        }
        if (count > 1) {
            out.add(new Lane("l" + count, "Tunne", LaneKind.EMOTION, null));
        }
        return out;
    }

    private static Touchpoint touchpoint(Random rnd, String id, String stageId, String laneId,
                                         GeneratedMeasurements gen) {
        String title = rnd.nextInt(10) < 4 ? pick(rnd, STANDALONE) : pick(rnd, OBJECTS) + " " + pick(rnd, ACTIONS);
        Double importance = rnd.nextInt(10) < 8 ? (double) (1 + rnd.nextInt(5)) : null;
        Double emotion = rnd.nextInt(10) < 7 ? (double) (rnd.nextInt(7) - 3) : null;
        EvidenceLevel evidence = rnd.nextInt(10) == 0 ? null : EvidenceLevel.values()[rnd.nextInt(3)];
        List<String> tags = new ArrayList<>();
        int tagCount = rnd.nextInt(3);
        for (int k = 0; k < tagCount; k++) {
            String tag = pick(rnd, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        List<Measurement> ms = gen.measurements(rnd.nextInt(6));
        Map<String, Double> targets = new TreeMap<>();
        for (Measurement m : ms) {
            if (rnd.nextBoolean()) {
                targets.put(m.metric(), gen.target(m.metric()));
            }
        }
        String notes = rnd.nextInt(5) == 0 ? "Havaittu työpajassa " + (1 + rnd.nextInt(28)) + ".10." : "";
        return new Touchpoint(id, title, "", stageId, laneId, importance, emotion, pick(rnd, OWNERS), tags,
                notes, evidence, ms, targets);
    }

    /** Arrows mostly to a nearby card, which in this layout is the same or the next stage. */
    private static List<Connection> connections(Random rnd, List<Touchpoint> tps) {
        List<Connection> out = new ArrayList<>();
        if (tps.size() < 2) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        int wanted = Math.max(1, tps.size() / 10);
        for (int tries = 0; out.size() < wanted && tries < wanted * 3; tries++) {
            int from = rnd.nextInt(tps.size() - 1);
            int to = Math.min(tps.size() - 1, from + 1 + rnd.nextInt(5));
            String a = tps.get(from).id();
            String b = tps.get(to).id();
            if (seen.add(a + ">" + b)) {
                String label = rnd.nextInt(4) == 0 ? "jos ongelma" : "";
                out.add(new Connection("c" + (out.size() + 1), a, b, label));
            }
        }
        return out;
    }

    private static List<Opportunity> opportunities(Random rnd, List<Touchpoint> tps) {
        List<Opportunity> out = new ArrayList<>();
        if (tps.isEmpty()) {
            return out;
        }
        int count = Math.max(1, tps.size() / 50);
        for (int i = 0; i < count; i++) {
            Set<String> linked = new LinkedHashSet<>();
            int links = 1 + rnd.nextInt(3);
            for (int k = 0; k < links; k++) {
                linked.add(tps.get(rnd.nextInt(tps.size())).id());
            }
            ValueEstimate estimate = rnd.nextInt(10) < 7
                    ? new ValueEstimate(5 + rnd.nextInt(56), (2 + rnd.nextInt(29)) / 100.0, 5 + rnd.nextInt(76),
                    1 + rnd.nextInt(20), rnd.nextBoolean() ? 360 : 250, "EUR")
                    : null;
            out.add(new Opportunity("o" + (i + 1), pick(rnd, OPPORTUNITIES), List.copyOf(linked), estimate));
        }
        return out;
    }

    private static String pick(Random rnd, String[] words) {
        return words[rnd.nextInt(words.length)];
    }
}
