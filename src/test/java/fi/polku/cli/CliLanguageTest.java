package fi.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.text.Localization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliLanguageTest {
    private static final String[] NO_ARGS = {};

    @Test
    void lcAllBeatsLcMessagesWhichBeatsLang() {
        assertThat(CliLanguage.choose(NO_ARGS, Map.of("LC_ALL", "fi_FI.UTF-8", "LC_MESSAGES", "en_US.UTF-8",
                "LANG", "en_GB.UTF-8")::get)).isEqualTo(Localization.FINNISH);
        assertThat(CliLanguage.choose(NO_ARGS, Map.of("LC_MESSAGES", "en_US.UTF-8", "LANG", "fi_FI.UTF-8")::get))
                .isEqualTo(Localization.ENGLISH);
        assertThat(CliLanguage.choose(NO_ARGS, Map.of("LC_ALL", "", "LANG", "fi_FI@euro")::get))
                .isEqualTo(Localization.FINNISH);
        assertThat(CliLanguage.choose(NO_ARGS, Map.of("LANG", "fi")::get)).isEqualTo(Localization.FINNISH);
    }

    @Test
    void cPosixAnotherLanguageOrNothingMeansEnglish() {
        for (String value : new String[] {"C", "POSIX", "C.UTF-8", "de_DE.UTF-8"}) {
            assertThat(CliLanguage.choose(NO_ARGS, Map.of("LANG", value)::get)).as(value)
                    .isEqualTo(Localization.ENGLISH);
        }
        // LC_ALL=C wins even over a Finnish LANG, as it does for every POSIX tool.
        assertThat(CliLanguage.choose(NO_ARGS, Map.of("LC_ALL", "C", "LANG", "fi_FI.UTF-8")::get))
                .isEqualTo(Localization.ENGLISH);
        assertThat(CliLanguage.choose(NO_ARGS, name -> null)).isEqualTo(Localization.ENGLISH);
    }

    @Test
    void langOptionBeatsTheEnvironmentWhereverItStands() {
        Map<String, String> finnish = Map.of("LANG", "fi_FI.UTF-8");
        assertThat(CliLanguage.choose(new String[] {"validate", "a.polku.json", "--lang", "en"}, finnish::get))
                .isEqualTo(Localization.ENGLISH);
        assertThat(CliLanguage.choose(new String[] {"--lang=FI", "--help"}, name -> null))
                .isEqualTo(Localization.FINNISH);
        // A value that is no language is left for picocli to refuse; until then the environment speaks.
        assertThat(CliLanguage.choose(new String[] {"--lang", "de"}, finnish::get)).isEqualTo(Localization.FINNISH);
        // After "--" everything is a file name.
        assertThat(CliLanguage.choose(new String[] {"validate", "--", "--lang", "fi"}, name -> null))
                .isEqualTo(Localization.ENGLISH);
    }
}
