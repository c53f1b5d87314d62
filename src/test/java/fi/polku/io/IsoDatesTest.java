package fi.polku.io;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick date reader must give exactly what {@link LocalDate#parse} gives, exceptions included. */
class IsoDatesTest {

    @Test
    void agreesWithTheJdkOnUsualOddAndBrokenDates() {
        List<String> inputs = new ArrayList<>(List.of("2026-09-30", "2024-02-29", "2025-02-29", "2026-02-30",
                "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "9999-12-31", "+10000-01-01",
                "-0001-01-01", "2026-1-01", "2026/01/01", "2026-01-0a", "２０２６-01-01", "2026-01-01T00:00",
                "", " 2026-01-01", "2026-01-01 ", "20260101"));
        Random random = new Random(7);
        String alphabet = "0123456789-+T:Z /a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "20" : "");
            int length = random.nextInt(12);
            while (s.length() < length) {
                s.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 11)));
            }
            inputs.add(s.toString());
            inputs.add(LocalDate.ofEpochDay(random.nextInt(800_000) - 100_000).toString());
        }
        for (String s : inputs) {
            assertThat(outcome(() -> IsoDates.parse(s))).as(s).isEqualTo(outcome(() -> LocalDate.parse(s)));
            // The in-place reader takes only what the JDK takes, the same way, and passes on the rest.
            char[] padded = ("«" + s + "»").toCharArray();
            int digits = IsoDates.usualDigits(padded, 1, s.length());
            LocalDate usual = digits < 0 ? null : IsoDates.of(digits);
            if (usual != null) {
                assertThat(usual).as(s).isEqualTo(LocalDate.parse(s));
            } else if (s.length() == 10 && s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                assertThat(outcome(() -> LocalDate.parse(s))).as(s).startsWith("refused: ");
            }
        }
    }

    private static String outcome(java.util.function.Supplier<LocalDate> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "refused: " + e.getMessage();
        }
    }
}
