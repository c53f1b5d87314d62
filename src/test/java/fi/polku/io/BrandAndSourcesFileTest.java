package fi.polku.io;

import fi.polku.model.Brand;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Logo;
import fi.polku.model.Opportunity;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema version 3: a map's brand and the sources of an estimate's factors are read, written and checked. */
class BrandAndSourcesFileTest {
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

    private static JourneyMap branded() {
        ValueEstimate estimate = new ValueEstimate(40, 0.25, 3, 26, 360, "EUR", Map.of(
                ValueFactor.OCCURRENCES_PER_DAY, new FactorSource(EvidenceLevel.INFERRED, ""),
                ValueFactor.CUSTOMERS_PER_OCCURRENCE, new FactorSource(EvidenceLevel.OBSERVED, "ticket counts, week 44")));
        return JourneyMap.empty("m", "Bus").withOpportunities(List.of(new Opportunity("o1", "Announce the stop",
                        List.of(), estimate)))
                .withBrand(new Brand("#0B5FFF", new Logo(Logo.SVG, SVG)));
    }

    @Test
    void brandAndSourcesAreWrittenInTheDocumentedFormAndReadBackEqual() throws Exception {
        JourneyMap map = branded();
        String written = new String(MapCodec.write(map), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"schemaVersion\": 5,\n").contains("""
                      "estimate": {
                        "customersPerOccurrence": 40,
                        "shareConverting": 0.25,
                        "valuePerCustomer": 3,
                        "occurrencesPerDay": 26,
                        "daysPerYear": 360,
                        "currency": "EUR",
                        "sources": {
                          "customersPerOccurrence": {
                            "evidence": "observed",
                            "note": "ticket counts, week 44"
                          },
                          "occurrencesPerDay": {
                            "evidence": "inferred"
                          }
                        }
                      }
                """).endsWith("""
                  ],
                  "brand": {
                    "accent": "#0B5FFF",
                    "logo": {
                      "mediaType": "image/svg+xml",
                      "data": "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="
                    }
                  }
                }
                """);
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        assertThat(MapCodec.read(bytes, "m.polku.json")).isEqualTo(map);
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).as("the quick path").isEqualTo(map);
        assertThat(MapCodec.write(MapCodec.read(bytes, "m.polku.json"))).isEqualTo(bytes);
    }

    @Test
    void anEmptyBrandAndNoSourcesAreLeftOut() {
        String written = new String(MapCodec.write(JourneyMap.empty("m", "x").withOpportunities(List.of(
                new Opportunity("o", "", List.of(), new ValueEstimate(1, 1, 1, 1, 1, "EUR"))))), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("brand", "sources");
    }

    @Test
    void aVersion2FileLoadsUnchangedAndTheQuickWay() throws Exception {
        byte[] v2 = resource("store-bus-v2.polku.json");
        byte[] v3 = resource("store-bus.polku.json");
        assertThat(new String(v2, StandardCharsets.UTF_8)).contains("\"schemaVersion\": 2,");
        JourneyMap fromV2 = MapCodec.read(v2, "old.polku.json");
        assertThat(fromV2).isEqualTo(MapCodec.read(v3, "new.polku.json"));
        assertThat(StreamingMapDecoder.read(v2, MapFileText.cleanStart(v2))).isEqualTo(fromV2);
        assertThat(MapCodec.write(fromV2)).isEqualTo(v3);
    }

    @Test
    void aBadAccentLogoOrSourceIsALocatedProblemInEnglishAndFinnish() {
        String text = """
                {
                  "schemaVersion": 3,
                  "id": "m",
                  "stages": [],
                  "lanes": [],
                  "touchpoints": [],
                  "opportunities": [
                    { "id": "o1", "text": "Kuulutus",
                      "estimate": { "customersPerOccurrence": 1, "shareConverting": 1, "valuePerCustomer": 1,
                        "occurrencesPerDay": 1, "daysPerYear": 1,
                        "sources": { "customers": {}, "daysPerYear": { "evidence": "guessed" } } } }
                  ],
                  "brand": { "accent": "blue",
                    "logo": { "mediaType": "image/gif", "data": "not base64!" } }
                }
                """;
        assertThat(problems(text, Locale.ENGLISH)).containsExactly(
                "b.polku.json:11:22: opportunity \"Kuulutus\" estimate: the keys of \"sources\" must be among "
                        + "customersPerOccurrence, shareConverting, valuePerCustomer, occurrencesPerDay, daysPerYear, "
                        + "found \"customers\"",
                "b.polku.json:11:56: opportunity \"Kuulutus\" estimate source \"daysPerYear\": \"evidence\" must be "
                        + "one of observed, inferred, assumed, found \"guessed\"",
                "b.polku.json:13:14: brand: \"accent\" must be a colour written #RRGGBB, such as #0B5FFF, "
                        + "found \"blue\"",
                "b.polku.json:14:15: brand logo: \"mediaType\" must be one of image/png, image/svg+xml, "
                        + "found \"image/gif\"",
                "b.polku.json:14:41: brand logo: \"data\" must be base64-encoded data (letters, digits, + and /, "
                        + "padded with =)");
        assertThat(problems(text, Localization.FINNISH)).containsExactly(
                "b.polku.json:11:22: mahdollisuus ”Kuulutus”, arvoarvio: kentän ”sources” avainten pitää olla jokin "
                        + "näistä: customersPerOccurrence, shareConverting, valuePerCustomer, occurrencesPerDay, "
                        + "daysPerYear; nyt joukossa on ”customers”",
                "b.polku.json:11:56: mahdollisuus ”Kuulutus”, arvoarvio, lähde ”daysPerYear”: kentän ”evidence” arvon "
                        + "pitää olla jokin näistä: observed, inferred, assumed; nyt se on ”guessed”",
                "b.polku.json:13:14: brändi: kentän ”accent” arvon pitää olla väri muodossa #RRGGBB, esimerkiksi "
                        + "#0B5FFF; nyt se on ”blue”",
                "b.polku.json:14:15: brändi, logo: kentän ”mediaType” arvon pitää olla jokin näistä: image/png, "
                        + "image/svg+xml; nyt se on ”image/gif”",
                "b.polku.json:14:41: brändi, logo: kentän ”data” arvon pitää olla base64-koodattua sisältöä "
                        + "(kirjaimia, numeroita, + ja /, lopussa tarvittaessa =)");
    }

    private static List<String> problems(String text, Locale locale) {
        try {
            MapCodec.read(text.getBytes(StandardCharsets.UTF_8), "b.polku.json");
        } catch (MapFileException e) {
            return e.problems().stream().map(p -> p.in(locale)).toList();
        }
        throw new AssertionError("expected the file to be refused");
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = BrandAndSourcesFileTest.class.getResourceAsStream("/maps/" + name)) {
            return in.readAllBytes();
        }
    }
}
