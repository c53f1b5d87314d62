package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggested export file names keep the title readable but never name another folder or a hidden file. */
class ExportFileNameTest {
    @Test
    void keepsTheTitleWithItsLetters() {
        assertThat(ExportFileName.suggest("Tavaratalon asiakasbussi", ExportFormat.PNG, "Untitled"))
                .isEqualTo("Tavaratalon asiakasbussi.png");
        assertThat(ExportFileName.suggest("Äidin ööpöytä", ExportFormat.XLSX, "Untitled"))
                .isEqualTo("Äidin ööpöytä.xlsx");
    }

    @Test
    void replacesPathAndReservedCharacters() {
        assertThat(ExportFileName.suggest("../Sales: Q3/Q4 \"final\"?", ExportFormat.PDF, "Untitled"))
                .isEqualTo("Sales Q3 Q4 final.pdf");
        assertThat(ExportFileName.suggest("  Line\nbreak\t ", ExportFormat.CSV, "Untitled")).isEqualTo("Line break.csv");
    }

    @Test
    void usesTheFallbackWhenNothingIsLeft() {
        assertThat(ExportFileName.suggest(" ..// ", ExportFormat.SVG, "Untitled map")).isEqualTo("Untitled map.svg");
        assertThat(ExportFileName.suggest("x".repeat(200), ExportFormat.PNG, "U")).hasSize(80 + 4);
    }
}
