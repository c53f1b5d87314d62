package fi.polku.io.table;

import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ColumnNamesTest {
    /** A Qualtrics export's first two header rows: field ids above, question texts below. */
    private static final List<String> IDS = List.of("StartDate", "EndDate", "ResponseId", "Q1", "Q1_NPS_GROUP",
            "Q2", "Q3");
    private static final List<String> TEXTS = List.of("Start Date", "End Date", "Response ID",
            "How likely are you to recommend us to a friend?", "How likely are you to recommend us to a friend? - Group",
            "How satisfied were you with the checkout?", "The staff  made it  easy to find what I needed");
    private final ColumnNames qualtrics = new ColumnNames(TEXTS, IDS);

    @Test
    void theFullTextIsFoundIgnoringCaseAndSpaces() {
        assertThat(qualtrics.resolve("  how SATISFIED were you   with the checkout? ")).isEqualTo(5);
        assertThat(qualtrics.resolve("The staff made it easy to find what I needed")).isEqualTo(6);
        // The full text wins over being a prefix of a longer header.
        assertThat(qualtrics.resolve("How likely are you to recommend us to a friend?")).isEqualTo(3);
    }

    @Test
    void aUniquePrefixFieldIdAndColumnLetterAreFound() {
        assertThat(qualtrics.resolve("how satisfied")).isEqualTo(5);
        assertThat(qualtrics.resolve("q3")).isEqualTo(6);
        assertThat(qualtrics.resolve("Q1_NPS_GROUP")).isEqualTo(4);
        assertThat(qualtrics.resolve("G")).isEqualTo(6);
        assertThat(qualtrics.resolve("response")).isEqualTo(2);
    }

    @Test
    void lettersRunPastZ() {
        assertThat(ColumnNames.letter(0)).isEqualTo("A");
        assertThat(ColumnNames.letter(10)).isEqualTo("K");
        assertThat(ColumnNames.letter(25)).isEqualTo("Z");
        assertThat(ColumnNames.letter(26)).isEqualTo("AA");
        assertThat(ColumnNames.letter(701)).isEqualTo("ZZ");
        assertThat(ColumnNames.letter(702)).isEqualTo("AAA");
        for (int i = 0; i < 2000; i += 7) {
            assertThat(ColumnNames.index(ColumnNames.letter(i))).isEqualTo(i);
        }
        assertThat(ColumnNames.index("k")).isEqualTo(10);
        assertThat(ColumnNames.index("Q3")).isEqualTo(-1);
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wide.add("Kysymys " + (i + 1));
        }
        assertThat(new ColumnNames(wide).resolve("AA")).isEqualTo(26);
        assertThat(new ColumnNames(wide).resolve("Kysymys 27")).isEqualTo(26);
    }

    @Test
    void aCapitalLetterBeyondTheHeaderIsReadAsText() {
        ColumnNames names = new ColumnNames(List.of("Aikaleima", "NPS-kysymys", "Palaute"));
        assertThat(names.resolve("NPS")).isEqualTo(1);
        assertThat(names.resolve("B")).isEqualTo(1);
        // Lower-case letters are text: "p" is the start of "Palaute", not column P.
        assertThat(names.resolve("p")).isEqualTo(2);
    }

    @Test
    void anAmbiguousPrefixListsTheColumnsItFits() {
        ColumnNameException e = catchThrowableOfType(ColumnNameException.class,
                () -> qualtrics.resolve("How likely"));
        assertThat(e.candidates()).containsExactly(3, 4);
        assertThat(e.reason().in(Localization.ENGLISH)).isEqualTo("\"How likely\" fits 2 columns: "
                + "D (Q1) \"How likely are you to recommend us to a friend?\", "
                + "E (Q1_NPS_GROUP) \"How likely are you to recommend us to a friend? - Group\"; "
                + "write more of the header text, the field id or the column letter");
        assertThat(e.reason().in(Localization.FINNISH)).startsWith("”How likely” sopii 2 sarakkeeseen: D (Q1)");
    }

    @Test
    void theSameTextTwiceIsAmbiguous() {
        ColumnNames names = new ColumnNames(List.of("Timestamp", "Rating", "Rating"));
        ColumnNameException e = catchThrowableOfType(ColumnNameException.class, () -> names.resolve("rating"));
        assertThat(e.candidates()).containsExactly(1, 2);
        assertThat(names.resolve("C")).isEqualTo(2);
    }

    @Test
    void anUnknownNameListsSimilarColumnsOrElseAll() {
        ColumnNameException similar = catchThrowableOfType(ColumnNameException.class,
                () -> qualtrics.resolve("checkout"));
        assertThat(similar.candidates()).containsExactly(5);
        assertThat(similar.reason().in(Localization.ENGLISH)).isEqualTo(
                "no column \"checkout\"; the columns are F (Q2) \"How satisfied were you with the checkout?\"");

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add("Question " + (i + 1));
        }
        ColumnNameException all = catchThrowableOfType(ColumnNameException.class,
                () -> new ColumnNames(many).resolve("Satisfaction"));
        assertThat(all.candidates()).hasSize(11);
        assertThat(all.reason().in(Localization.ENGLISH)).startsWith("no column \"Satisfaction\"; the columns are "
                + "A \"Question 1\", B \"Question 2\"").endsWith("H \"Question 8\" and 3 more");
        assertThat(all.reason().in(Localization.FINNISH)).endsWith("H \"Question 8\" ja 3 muuta");
        assertThatThrownBy(() -> new ColumnNames(many).resolve(" ")).isInstanceOf(ColumnNameException.class);
    }

    @Test
    void longTextsAreShortenedInTheList() {
        ColumnNames names = new ColumnNames(List.of("x".repeat(100)));
        assertThat(names.describe(0)).isEqualTo("A \"" + "x".repeat(79) + "…\"");
        assertThat(names.size()).isEqualTo(1);
        String question = "How likely is it that you would recommend Kauppa Oy and its web shop to a friend or colleague?";
        assertThat(new ColumnNames(List.of(question)).describe(0))
                .isEqualTo("A \"How likely is it that you would recommend Kauppa Oy and its web shop to a…\"");
        assertThat(names.text(0)).hasSize(100);
        assertThat(names.fieldId(0)).isEmpty();
    }
}
