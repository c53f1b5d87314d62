package fi.polku.io.survey;

import fi.polku.model.JourneyMap;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A survey file's header key finds the mapping saved for an earlier round of the same survey. */
class SurveyMappingsTest {
    private static final List<String> HEADER = List.of("Aikaleima", "Kuinka todennäköisesti suosittelisit meitä?",
            "Oliko asiasi ratkaistu?");

    @Test
    void theKeyIsTheSha256OfTheNormalisedHeaderAndIgnoresSpacingCaseAndTrailingBlankCells() {
        String key = SurveyMappings.headerKey(HEADER);
        // printf 'aikaleima\x1fkuinka todennäköisesti suosittelisit meitä?\x1foliko asiasi ratkaistu?' | sha256sum
        assertThat(key).isEqualTo("6d36516dd87b0670db99979a56a130c9b9aee534eecee502c589cf559003f1ed");
        assertThat(SurveyMappings.headerKey(Arrays.asList("\uFEFFAIKALEIMA ", "Kuinka  todennäköisesti suosittelisit meitä?",
                " Oliko asiasi\tratkaistu?", "", null))).isEqualTo(key);
        // "ä" written as a + combining diaeresis (as a Mac may write it) is the same text.
        assertThat(SurveyMappings.headerKey(List.of("Aikaleima", "Kuinka todenna\u0308ko\u0308isesti "
                + "suosittelisit meita\u0308?", "Oliko asiasi ratkaistu?"))).isEqualTo(key);
        assertThat(SurveyMappings.headerKey(List.of("Aikaleima", "Kuinka todennäköisesti suosittelisit meitä?")))
                .isNotEqualTo(key);
        assertThat(SurveyMappings.headerKey(List.of("a b", "c"))).isNotEqualTo(SurveyMappings.headerKey(List.of("a", "b c")));
    }

    @Test
    void savingReplacesTheMappingOfTheSameHeaderAndKeepsOthers() {
        SurveyMapping first = SurveyMappings.of(HEADER, "syksy.csv",
                List.of(new QuestionLink(HEADER.get(1), "t1", "nps")), Map.of());
        SurveyMapping other = SurveyMappings.of(List.of("Timestamp", "Q"), "other.csv", List.of(), Map.of());
        Map<String, Double> labels = new LinkedHashMap<>();
        labels.put("Ehdottomasti", 10.0);
        SurveyMapping second = SurveyMappings.of(HEADER, "kevät.csv",
                List.of(new QuestionLink(HEADER.get(1), "t2", "nps")), labels);
        JourneyMap map = SurveyMappings.save(SurveyMappings.save(JourneyMap.empty("m", "x"), first), other);
        JourneyMap saved = SurveyMappings.save(map, second);
        assertThat(saved.surveyMappings()).containsExactly(second, other);
        assertThat(SurveyMappings.find(saved, HEADER)).contains(second);
        assertThat(SurveyMappings.find(saved, List.of("Timestamp", "Q", "R"))).isEmpty();
        assertThat(SurveyMappings.questions(second)).containsExactly(new SurveyQuestion(HEADER.get(1), "t2", "nps"));
        assertThat(SurveyMappings.labels(second).entries().getFirst())
                .isEqualTo(new LabelTable.Entry(null, "Ehdottomasti", 10.0));
    }
}
