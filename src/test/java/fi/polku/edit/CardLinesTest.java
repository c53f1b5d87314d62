package fi.polku.edit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pasted lines into card titles: one per non-blank line, without the list marks. */
class CardLinesTest {
    @Test
    void bulletsNumbersAndBlankLinesAreDropped() {
        String mail = """
                - Kassajono liian pitkä
                  • Parkkipaikka täynnä\t
                * Henkilökunta ystävällinen

                1. Hintalappu puuttui
                2) Kuitti sähköpostiin
                """;
        assertThat(CardLines.titles(mail)).containsExactly("Kassajono liian pitkä", "Parkkipaikka täynnä",
                "Henkilökunta ystävällinen", "Hintalappu puuttui", "Kuitti sähköpostiin");
    }

    @Test
    void windowsAndOldMacLineEndsSplitToo() {
        assertThat(CardLines.titles("Yksi\r\nKaksi\rKolme")).containsExactly("Yksi", "Kaksi", "Kolme");
    }

    @Test
    void numbersThatArePartOfTheTitleStay() {
        assertThat(CardLines.titles("24/7 chat\n3 days delivery\n2.5 km to the store\n10. Exit survey"))
                .containsExactly("24/7 chat", "3 days delivery", "2.5 km to the store", "Exit survey");
    }

    @Test
    void taskBoxesQuoteMarksAndInnerRunsOfSpacesAreCleaned() {
        assertThat(CardLines.titles("- [ ] Call back\n- [x] Send   offer\n> Quoted line\n–   Dash"))
                .containsExactly("Call back", "Send offer", "Quoted line", "Dash");
    }

    @Test
    void aLineThatIsOnlyAMarkOrBlankMakesNoCard() {
        assertThat(CardLines.titles("-\n  \n•\n\n")).isEmpty();
        assertThat(CardLines.titles(null)).isEmpty();
        assertThat(CardLines.titles("")).isEmpty();
    }

    @Test
    void oneLineIsATitleNotAList() {
        assertThat(CardLines.isList("Kassa")).isFalse();
        assertThat(CardLines.isList("Kassa\n\n")).isFalse();
        assertThat(CardLines.isList("Kassa\nJono")).isTrue();
    }
}
