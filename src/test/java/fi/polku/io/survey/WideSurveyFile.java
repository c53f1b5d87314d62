package fi.polku.io.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A large Google Forms-style wide CSV written row by row (never held whole): a Timestamp and ten question
 * columns of numbers, English and Finnish labels, yes/no words and a few blanks, with one bad label every
 * {@link #BAD_EVERY} respondents. {@link #answer} says what each cell holds, so a test can count the
 * expected scores itself.
 */
final class WideSurveyFile {
    static final int QUESTIONS = 10;
    static final int BAD_EVERY = 50_000;
    static final String BAD_LABEL = "Tosi hyvä";
    private static final String[] CSAT = {"Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied",
            "Satisfied", "Very satisfied"};
    private static final String[] CSAT_FI = {"Erittäin tyytymätön", "Tyytymätön", "Ei tyytyväinen eikä tyytymätön",
            "Tyytyväinen", "Erittäin tyytyväinen"};
    private static final String[] CES = {"Strongly disagree", "Disagree", "Somewhat disagree",
            "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"};
    private static final String[] CES_FI = {"Täysin eri mieltä", "Eri mieltä", "Jokseenkin eri mieltä",
            "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Samaa mieltä", "Täysin samaa mieltä"};

    /** Where each question column (B..K) goes: touchpoint and metric. */
    static final List<SurveyQuestion> MAPPING = List.of(
            new SurveyQuestion("B", "Kassa", "nps"), new SurveyQuestion("C", "Kassa", "csat"),
            new SurveyQuestion("D", "Verkkokauppa", "ces"), new SurveyQuestion("E", "Verkkokauppa", "fcr"),
            new SurveyQuestion("F", "Puhelin", "csat"), new SurveyQuestion("G", "Puhelin", "nps"),
            new SurveyQuestion("H", "Nouto", "csat"), new SurveyQuestion("I", "Nouto", "ces"),
            new SurveyQuestion("J", "Palautus", "fcr"), new SurveyQuestion("K", "Palautus", "emotion"));

    private WideSurveyFile() {
    }

    /** The number the answer of respondent {@code row} to question {@code q} (0–9) stands for; NaN when blank. */
    static double answer(int row, int q) {
        if ((row + q) % 997 == 0) {
            return Double.NaN;
        }
        return switch (q) {
            case 0 -> (row * 7) % 11;
            case 1 -> 1 + (row * 3) % 5;
            case 2 -> 1 + row % 7;
            case 3 -> row % 3 == 0 ? 0 : 1;
            case 4 -> 1 + row % 5;
            case 5 -> row % 11;
            case 6 -> 1 + (row / 3) % 5;
            case 7 -> 1 + (row / 2) % 7;
            case 8 -> row % 4 == 0 ? 0 : 1;
            default -> row % 7 - 3;
        };
    }

    /** Whether respondent {@code row} wrote an unknown label in question C. */
    static boolean bad(int row) {
        return row % BAD_EVERY == BAD_EVERY - 1;
    }

    private static String cell(int row, int q) {
        double v = answer(row, q);
        if (Double.isNaN(v)) {
            return "";
        }
        int a = (int) v;
        return switch (q) {
            case 0 -> a == 10 ? "10 - Extremely likely" : a == 0 ? "0 - Not at all likely" : Integer.toString(a);
            case 1 -> bad(row) ? BAD_LABEL : CSAT[a - 1];
            case 2 -> CES[a - 1];
            case 3 -> a == 1 ? "Yes" : "No";
            case 6 -> CSAT_FI[a - 1];
            case 7 -> CES_FI[a - 1];
            case 8 -> a == 1 ? "Kyllä" : "Ei";
            default -> Integer.toString(a);
        };
    }

    static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Timestamp");
            for (int q = 0; q < QUESTIONS; q++) {
                out.write(",\"Question " + (q + 1) + ": how was it, in your own words?\"");
            }
            out.write('\n');
            for (int row = 0; row < rows; row++) {
                out.write(String.format("2026/11/%02d %d:%02d:%02d AM EET", 1 + row % 28, 1 + row % 12, row % 60,
                        (row / 60) % 60));
                for (int q = 0; q < QUESTIONS; q++) {
                    out.write(',');
                    out.write(cell(row, q));
                }
                out.write('\n');
            }
        }
    }
}
