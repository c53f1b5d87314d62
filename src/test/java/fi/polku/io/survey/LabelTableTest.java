package fi.polku.io.survey;

import fi.polku.metrics.AnswerScale;
import fi.polku.model.MetricDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelTableTest {
    private static final LabelTable TABLE = LabelTable.builtIn();

    private static double read(String label, String metric) {
        return TABLE.read(label, AnswerScale.of(MetricDefinition.builtIn(metric)));
    }

    @Test
    void everyPointOfTheEnglishAndFinnishScales() {
        List<String> csat = List.of("Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied",
                "Satisfied", "Very satisfied");
        List<String> csatFi = List.of("Erittäin tyytymätön", "Tyytymätön", "Ei tyytyväinen eikä tyytymätön",
                "Tyytyväinen", "Erittäin tyytyväinen");
        for (int i = 0; i < 5; i++) {
            assertThat(read(csat.get(i), "csat")).isEqualTo(i + 1);
            assertThat(read(csatFi.get(i), "csat")).isEqualTo(i + 1);
        }
        List<String> ces = List.of("Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
                "Somewhat agree", "Agree", "Strongly agree");
        List<String> cesFi = List.of("Täysin eri mieltä", "Eri mieltä", "Jokseenkin eri mieltä",
                "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Samaa mieltä", "Täysin samaa mieltä");
        for (int i = 0; i < 7; i++) {
            assertThat(read(ces.get(i), "ces")).isEqualTo(i + 1);
            assertThat(read(cesFi.get(i), "ces")).isEqualTo(i + 1);
        }
        assertThat(read("0 - Not at all likely", "nps")).isZero();
        assertThat(read("10 – Extremely likely", "nps")).isEqualTo(10);
        assertThat(read("10-extremely  LIKELY", "nps")).isEqualTo(10);
        assertThat(read("10 - Erittäin todennäköisesti", "nps")).isEqualTo(10);
        for (int i = 0; i <= 10; i++) {
            assertThat(read(String.valueOf(i), "nps")).isEqualTo(i);
        }
        assertThat(read("Kyllä", "fcr")).isEqualTo(1);
        assertThat(read("EI", "fcr")).isZero();
        assertThat(read("Yes", "fcr")).isEqualTo(1);
        assertThat(read("4,5", "emotion")).isEqualTo(4.5);
    }

    @Test
    void aLabelOfAnotherScaleIsNoAnswer() {
        assertThatThrownBy(() -> read("Strongly agree", "csat")).isInstanceOf(SurveyInputException.class);
        assertThatThrownBy(() -> read("Very satisfied", "ces")).isInstanceOf(SurveyInputException.class);
    }

    @Test
    void aUsersLabelWinsAndNamesAnyMetric() {
        LabelTable table = TABLE.with("Erittäin tyytyväinen", 4).with("Loistava", 3);
        MetricDefinition csat = MetricDefinition.builtIn("csat");
        assertThat(table.read("erittäin tyytyväinen", AnswerScale.of(csat))).isEqualTo(4);
        assertThat(table.read("Loistava", AnswerScale.of(MetricDefinition.builtIn("ces")))).isEqualTo(3);
        assertThat(table.value("Loistava", MetricDefinition.custom("wait", "Wait", "min", 0, 60, fi.polku.model.Direction.LOWER_IS_BETTER)))
                .hasValue(3);
        assertThat(table.entries().getFirst()).isEqualTo(new LabelTable.Entry(null, "Erittäin tyytyväinen", 4));
        assertThat(TABLE.value("Loistava", csat)).isEmpty();
    }

    @Test
    void eachToolsTimestampGivesItsDate() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        assertThat(SurveyTool.GOOGLE_FORMS.date("2026/11/03 10:15:22 AM EET")).isEqualTo(day);
        assertThat(SurveyTool.GOOGLE_FORMS.date("3.11.2026 10.15.22")).isEqualTo(day);
        assertThat(SurveyTool.GOOGLE_FORMS.date("2026/11/03 2:31:45 PM GMT+3")).isEqualTo(day);
        assertThat(SurveyTool.SURVEYMONKEY.date("11/03/2026 10:15:22 AM")).isEqualTo(day);
        assertThat(SurveyTool.QUALTRICS.date("2026-11-03 10:15:22")).isEqualTo(day);
        assertThat(SurveyTool.MICROSOFT_FORMS.date("11/3/26 10:15:22")).isEqualTo(day);
        assertThat(SurveyTool.MICROSOFT_FORMS.date("2026-11-03")).isEqualTo(day);
        assertThat(SurveyTool.WEBROPOL.date("3.11.2026 10.15.22")).isEqualTo(day);
        assertThat(SurveyTool.OTHER.date("2026-11-03T10:15:22Z")).isEqualTo(day);
        assertThat(SurveyTool.OTHER.date(" ")).isNull();
        assertThatThrownBy(() -> SurveyTool.WEBROPOL.date("31.11.2026")).isInstanceOf(SurveyInputException.class);
        assertThatThrownBy(() -> SurveyTool.SURVEYMONKEY.date("yesterday")).isInstanceOf(SurveyInputException.class)
                .hasMessageContaining("11/03/2026 10:15:22 AM");
        assertThatThrownBy(() -> SurveyTool.QUALTRICS.date("2026-11-03x")).isInstanceOf(SurveyInputException.class);
    }
}
