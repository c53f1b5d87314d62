package fi.polku.io;

import fi.polku.text.Localization;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken map file's problems read in Finnish, each still with its FILE:LINE:COL or JSON path. */
class FinnishFileProblemsTest {

    private static List<String> finnish(byte[] bytes, String file) {
        try {
            MapCodec.read(bytes, file);
        } catch (MapFileException e) {
            return e.problems().stream().map(p -> p.in(Localization.FINNISH)).toList();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    @Test
    void anImportanceOffTheScaleIsNamedInFinnishWithItsLocation() {
        String text = """
                {
                  "schemaVersion": 2,
                  "id": "m",
                  "stages": [ { "id": "s1", "name": "Ennen" } ],
                  "lanes": [ { "id": "l1", "name": "Verkkosivut", "kind": "channel", "channel": "web" } ],
                  "touchpoints": [
                    { "id": "t1", "title": "Kassa", "stage": "s1", "lane": "l1",
                      "importance": 9, "emotion": -3.5 }
                  ]
                }
                """;
        assertThat(finnish(text.getBytes(StandardCharsets.UTF_8), "kauppa.polku.json")).containsExactly(
                "kauppa.polku.json:8:7: kosketuspiste ”Kassa”: tärkeys 9 on asteikon 1–5 ulkopuolella",
                "kauppa.polku.json:8:24: kosketuspiste ”Kassa”: tunne −3,5 on asteikon −3–3 ulkopuolella");
    }

    @Test
    void aMissingRequiredFieldIsNamedInFinnish() throws Exception {
        assertThat(finnish(BrokenFilesTest.resource("missing-required.polku.json"), "missing-required.polku.json"))
                .containsExactly(
                        "missing-required.polku.json:12:5: kosketuspiste ”Checkout”: pakollinen kenttä ”id” puuttuu",
                        "missing-required.polku.json:12:5: kosketuspiste ”Checkout”: pakollinen kenttä ”stage” "
                                + "puuttuu",
                        "missing-required.polku.json:14:20: yhteys ”c1”: pakollinen kenttä ”to” puuttuu");
    }

    @Test
    void aJsonSyntaxErrorIsExplainedInFinnish() throws Exception {
        assertThat(finnish(BrokenFilesTest.resource("missing-comma.polku.json"), "missing-comma.polku.json"))
                .containsExactly("missing-comma.polku.json:3:3: odottamaton merkki ”\"”; pilkku tai sulkeva sulje "
                        + "puuttuu");
        assertThat(finnish(BrokenFilesTest.resource("not-an-object.polku.json"), "not-an-object.polku.json"))
                .containsExactly("not-an-object.polku.json:1:1: karttatiedoston pitää olla JSON-objekti, joka alkaa "
                        + "merkillä '{'");
        assertThat(finnish(BrokenFilesTest.resource("wrong-types.polku.json"), "wrong-types.polku.json"))
                .contains("wrong-types.polku.json:18:7: kosketuspiste ”Checkout”: kentän ”importance” arvon "
                                + "pitää olla luku, mutta se on teksti ”high”",
                        "wrong-types.polku.json:21:41: kosketuspiste ”Checkout”, mittaus 1: kentän ”n” arvon "
                                + "pitää olla kokonaisluku, mutta se on luku 2.5");
    }

    @Test
    void aProblemWithoutALineSaysWhereInFinnish() {
        Problem p = new Problem("kauppa.polku.json", 0, 0, "$.touchpoints[3].importance",
                Text.of("io.rule.outside", Text.of("io.label.named", Text.of("io.item.touchpoint"), "Kassa"),
                        Text.of("io.value.importance"), 7.0, 1.0, 5.0));
        assertThat(p.in(Localization.FINNISH)).isEqualTo("kauppa.polku.json: kosketuspiste ”Kassa”: tärkeys 7 on "
                + "asteikon 1–5 ulkopuolella kohdassa $.touchpoints[3].importance");
        assertThat(p.in(Localization.ENGLISH)).isEqualTo("kauppa.polku.json: touchpoint \"Kassa\": importance 7 is "
                + "outside 1–5 at $.touchpoints[3].importance");
    }

    @Test
    void theExceptionAndToStringSpeakTheUserInterfaceLanguage() {
        byte[] empty = " ".getBytes(StandardCharsets.UTF_8);
        Localization.setUi(Localization.FINNISH);
        try {
            assertThatThrownBy(() -> MapCodec.read(empty, "tyhjä.polku.json"))
                    .hasMessage("tyhjä.polku.json: tiedosto on tyhjä")
                    .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problems().getFirst())
                            .hasToString("tyhjä.polku.json: tiedosto on tyhjä"));
        } finally {
            Localization.setUi(Localization.ENGLISH);
        }
        assertThatThrownBy(() -> MapCodec.read(empty, "tyhjä.polku.json")).hasMessage("tyhjä.polku.json: the file is empty");
    }
}
