package fi.polku.layout;

import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small and large in-memory maps for layout and render tests. */
public final class SampleMaps {
    private SampleMaps() {
    }

    /** A department-store journey in Finnish: three stages, three channel lanes and an emotion lane. */
    public static JourneyMap storeBus() {
        List<Stage> stages = List.of(new Stage("s1", "Ennen ostoa"), new Stage("s2", "Ostos"),
                new Stage("s3", "Oston jälkeen"));
        List<Lane> lanes = List.of(Lane.channel("web", "Verkkosivut", ChannelType.WEB),
                Lane.channel("store", "Myymälä ja asiakasbussi", ChannelType.STORE),
                Lane.channel("phone", "Asiakaspalvelu", ChannelType.PHONE),
                new Lane("feel", "Tunne", LaneKind.EMOTION, null));
        LocalDate d1 = LocalDate.of(2026, 9, 30);
        List<Touchpoint> tps = new ArrayList<>();
        tps.add(tp("t1", "Tuotetietojen etsiminen verkkosivuilta", "s1", "web", 4.0, 1.0, EvidenceLevel.OBSERVED,
                List.of(Measurement.of("csat", 72, 120, d1, "Kysely", EvidenceLevel.OBSERVED)), Map.of("csat", 80.0)));
        tps.add(tp("t2", "Aukioloaikojen tarkistus", "s1", "web", 2.5, 0.5, EvidenceLevel.INFERRED, List.of(), Map.of()));
        tps.add(tp("t3", "Bussimatka tavarataloon – 40 matkustajaa ilman kuvastoa", "s1", "store", 3.5, -1.0,
                EvidenceLevel.ASSUMED, List.of(new Measurement("nps", 12.5, 64, -5.1, 30.1, LocalDate.of(2026, 9, 1), d1,
                        "Kysely", EvidenceLevel.OBSERVED)), Map.of("nps", 30.0)));
        tps.add(tp("t4", "Myyjän tervehdys ja tarvekartoitus", "s2", "store", 5.0, 2.0, EvidenceLevel.OBSERVED,
                List.of(Measurement.of("nps", 45, 80, d1, "Haamuasiointi", EvidenceLevel.OBSERVED)), Map.of("nps", 30.0)));
        tps.add(tp("t5", "Kassajono", "s2", "store", 3.0, -2.0, EvidenceLevel.OBSERVED,
                List.of(Measurement.of("ces", 4.2, 55, d1, "Kysely", EvidenceLevel.OBSERVED)), Map.of("ces", 5.0)));
        tps.add(tp("t6", "Maksu ja kuitti sähköpostiin", "s2", "store", null, null, null,
                List.of(Measurement.of("csat", 90, 40, d1, "Kysely", EvidenceLevel.INFERRED)), Map.of()));
        tps.add(tp("t7", "Laskutusvirheen selvitys iltapuhelulla, ratkaistu ensimmäisellä yhteydenotolla", "s3",
                "phone", 4.5, 2.5, EvidenceLevel.OBSERVED,
                List.of(Measurement.of("fcr", 80, 20, d1, "Puhelinkysely", EvidenceLevel.OBSERVED)), Map.of("fcr", 80.0)));
        tps.add(tp("t8", "Palautekysely yhdellä kysymyksellä", "s3", "web", 2.0, 0.0, EvidenceLevel.ASSUMED,
                List.of(), Map.of()));
        List<Connection> connections = List.of(new Connection("c1", "t3", "t4", ""),
                new Connection("c2", "t4", "t5", ""), new Connection("c3", "t6", "t7", "3 vahvistusviestiä"));
        return JourneyMap.empty("store-bus", "Tavaratalon asiakasbussi").withLanguage("fi").withStages(stages)
                .withLanes(lanes).withTouchpoints(tps).withConnections(connections);
    }

    public static Touchpoint tp(String id, String title, String stage, String lane, Double importance, Double emotion,
                                EvidenceLevel evidence, List<Measurement> ms, Map<String, Double> targets) {
        return Touchpoint.create(id, title, stage, lane).withImportance(importance).withEmotion(emotion)
                .withEvidence(evidence).withMeasurements(ms).withTargets(targets);
    }

    /** A map of {@code stages} × {@code lanes} cells holding {@code cards} touchpoints in total. */
    public static JourneyMap large(int stages, int lanes, int cards) {
        List<Stage> ss = new ArrayList<>();
        for (int i = 0; i < stages; i++) {
            ss.add(new Stage("s" + i, "Vaihe " + (i + 1)));
        }
        List<Lane> ls = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            ls.add(Lane.channel("l" + i, "Kanava " + (i + 1), ChannelType.values()[i % ChannelType.values().length]));
        }
        List<Touchpoint> tps = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < cards; i++) {
            tps.add(tp("t" + i, "Kosketuspiste numero " + i + " jossa on hieman pidempi otsikko", "s" + (i % stages),
                    "l" + ((i / stages) % lanes), (double) (i % 6), null, EvidenceLevel.values()[i % 3],
                    List.of(Measurement.of("nps", i % 200 - 100, 30, d, "", EvidenceLevel.OBSERVED)),
                    Map.of("nps", 0.0)));
        }
        return JourneyMap.empty("large", "Suuri kartta").withStages(ss).withLanes(ls).withTouchpoints(tps);
    }
}
