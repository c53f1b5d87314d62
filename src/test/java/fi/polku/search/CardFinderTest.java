package fi.polku.search;

import fi.polku.layout.MapLayouter;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MapGenerator;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding cards: the fields searched, case and accents, several words, reading order and edits. */
class CardFinderTest {
    private static JourneyMap bank() {
        List<Stage> stages = List.of(new Stage("s1", "Hakemus"), new Stage("s2", "Päätös"));
        List<Lane> lanes = List.of(Lane.channel("l1", "Verkko", fi.polku.model.ChannelType.WEB),
                Lane.channel("l2", "Konttori", fi.polku.model.ChannelType.STORE));
        // Listed out of reading order on purpose: s2 before s1, l2 before l1 within s1.
        List<Touchpoint> cards = List.of(
                Touchpoint.create("t1", "Lainapäätös", "s2", "l1"),
                Touchpoint.create("t2", "Kassajono", "s1", "l2").withOwner("Konttorin esihenkilö"),
                Touchpoint.create("t3", "Hakemuksen täyttö", "s1", "l1").withDescription("Kassavirta-arvio liitteeksi"),
                Touchpoint.create("t4", "Ajanvaraus", "s1", "l1").withTags(List.of("kipupiste", "mobiili")),
                Touchpoint.create("t5", "Kassajono ilman vaihetta", "gone", "l1"));
        return JourneyMap.empty("bank", "Laina").withStages(stages).withLanes(lanes).withTouchpoints(cards);
    }

    @Test
    void findsByTitleIgnoringCaseAndAccents() {
        CardFinder finder = new CardFinder();
        assertThat(finder.find(bank(), "kassajono").matches()).containsExactly("t2");
        assertThat(finder.find(bank(), "paatos").matches()).containsExactly("t1");
        assertThat(finder.find(bank(), "PÄÄTÖS").matches()).containsExactly("t1");
    }

    @Test
    void findsByDescriptionOwnerAndTag() {
        CardFinder finder = new CardFinder();
        assertThat(finder.find(bank(), "arvio").matches()).containsExactly("t3");
        assertThat(finder.find(bank(), "esihenkilo").matches()).containsExactly("t2");
        assertThat(finder.find(bank(), "Kipupiste").matches()).containsExactly("t4");
    }

    @Test
    void severalWordsMustAllOccurAnywhereOnTheCard() {
        CardFinder finder = new CardFinder();
        // "kassa" alone is on t2 (title) and t3 (description); with "konttorin" only t2 has both.
        assertThat(finder.find(bank(), "kassa").matches()).containsExactly("t3", "t2");
        assertThat(finder.find(bank(), "kassa  konttorin").matches()).containsExactly("t2");
        assertThat(finder.find(bank(), "kassa lainapaatos").matches()).isEmpty();
    }

    @Test
    void answersInReadingOrderAndLeavesOutCardsNotOnTheMap() {
        FindResult all = new CardFinder().find(bank(), "a");
        assertThat(all.matches()).containsExactly("t3", "t4", "t2", "t1");
        assertThat(all.matched()).containsExactlyInAnyOrder("t1", "t2", "t3", "t4");
    }

    @Test
    void aBlankQueryFindsNothingAndIsNoFind() {
        FindResult none = new CardFinder().find(bank(), "  ");
        assertThat(none).isEqualTo(FindResult.NONE);
        assertThat(none.active()).isFalse();
        assertThat(new CardFinder().find(bank(), "zzz").active()).isTrue();
    }

    @Test
    void anEditedCardIsFoundByItsNewWords() {
        CardFinder finder = new CardFinder();
        JourneyMap before = bank();
        assertThat(finder.find(before, "neuvonta").matches()).isEmpty();
        List<Touchpoint> cards = new ArrayList<>(before.touchpoints());
        cards.set(1, cards.get(1).withTitle("Neuvonta"));
        JourneyMap after = before.withTouchpoints(cards);
        assertThat(finder.find(after, "neuvonta").matches()).containsExactly("t2");
        assertThat(finder.find(after, "kassajono").matches()).isEmpty();
        // Back to the earlier value (undo): its own words again.
        assertThat(finder.find(before, "kassajono").matches()).containsExactly("t2");
    }

    /**
     * On generated maps, the finder agrees with a plain reference (fold each field now, every word somewhere)
     * taken over the cards in the layout's order, also after edits that reuse the previous index.
     */
    @Test
    void agreesWithAPlainSearchInTheLayoutsOrder() {
        Seeded.check(60, List.of(), CardFinderTest::randomCase, c -> {
            CardFinder finder = new CardFinder();
            JourneyMap map = c.map();
            for (int round = 0; round < 3; round++) {
                List<Touchpoint> inLayoutOrder = layoutOrder(map);
                for (String query : c.queries()) {
                    // Typed a key at a time, as the find bar searches: later keys narrow the earlier matches.
                    for (int end = 1; end <= query.length(); end++) {
                        String typed = query.substring(0, end);
                        assertThat(finder.find(map, typed).matches()).as(typed)
                                .isEqualTo(reference(inLayoutOrder, typed));
                    }
                }
                map = edited(map, c.seed() + round);
            }
        });
    }

    private record Case(JourneyMap map, List<String> queries, long seed) {
    }

    private static Case randomCase(Gen g) {
        JourneyMap map = MapGenerator.generate(g.intBetween(0, 120), g.intBetween(1, 5), g.intBetween(1, 6),
                g.longBetween(0, 1_000_000));
        String chars = Gen.chars('a', 'z', "äöåÄÖÅ  -");
        List<String> queries = g.list(1, 6, () -> g.string(0, 6, chars));
        // Words that do occur, so that matches are not all empty.
        queries.add("kassajono");
        queries.add("OSTO asiakaspalvelu");
        queries.add("oljynvaihdon");
        return new Case(map, queries, g.longBetween(0, 1_000_000));
    }

    /** A few cards retitled, moved to another stage, or dropped: what edits between keystrokes do. */
    private static JourneyMap edited(JourneyMap map, long seed) {
        Gen g = Gen.random(seed);
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < 3 && !cards.isEmpty(); i++) {
            int at = g.intBetween(0, cards.size() - 1);
            Touchpoint t = cards.get(at);
            switch (g.intBetween(0, 2)) {
                case 0 -> cards.set(at, t.withTitle(g.oneOf("Kassajono", "Päätös", "Uusi")));
                case 1 -> cards.set(at, t.withCell(map.stages().getFirst().id(), t.laneId()));
                default -> cards.remove(at);
            }
        }
        return map.withTouchpoints(cards);
    }

    private static List<Touchpoint> layoutOrder(JourneyMap map) {
        return MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared()).cards().stream()
                .map(box -> map.touchpoint(box.touchpointId()).orElseThrow()).toList();
    }

    private static List<String> reference(List<Touchpoint> inLayoutOrder, String query) {
        List<String> words = FoldedText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Touchpoint t : inLayoutOrder) {
            List<String> fields = new ArrayList<>(List.of(t.title(), t.description(), t.owner()));
            fields.addAll(t.tags());
            boolean all = words.stream().allMatch(w -> fields.stream().anyMatch(f -> FoldedText.fold(f).contains(w)));
            if (all) {
                out.add(t.id());
            }
        }
        return out;
    }
}
