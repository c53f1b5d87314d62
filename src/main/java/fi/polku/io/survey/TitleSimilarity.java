package fi.polku.io.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a survey question's text fits a card title: the share of the title's words that the question
 * also uses, compared without case or accents and by shared word starts, so that Finnish inflections and
 * compounds still meet ("kassajonossa" fits "Kassajono", "kassalla" fits "Ostokset ja kassa"). Words every
 * survey question uses ("how satisfied", "kuinka tyytyväinen") do not count. Pure.
 */
public final class TitleSimilarity {
    /** Below this a question is left without a touchpoint rather than given a poor guess. */
    public static final double ENOUGH = 0.34;
    /** A shared start this long makes two words the same word in another form. */
    private static final int STEM = 5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Question and scale words in English and Finnish, which say nothing of where the customer was. */
    private static final Set<String> COMMON = Set.of(
            "the", "and", "you", "your", "our", "was", "were", "are", "with", "for", "how", "what", "did", "does",
            "would", "could", "have", "had", "this", "that", "about", "from", "when", "its", "it's", "any",
            "likely", "recommend", "friend", "colleague", "satisfied", "satisfaction", "dissatisfied", "easy",
            "easily", "agree", "please", "rate", "overall", "experience", "today", "visit", "time", "during",
            "contact", "first", "solve", "solved", "issue", "feel", "felt", "anything", "else", "tell",
            "kuinka", "miten", "mita", "mika", "oliko", "olitko", "oletko", "olit", "olla", "oli", "ole",
            "sinua", "sinun", "sina", "teidan", "meidan", "meita", "tyytyvainen", "tyytyvaisyys", "tyytyvaisia",
            "suosittelisitko", "suosittelisit", "todennakoisesti", "ystavalle", "tuttavalle", "helppo",
            "helppoa", "helposti", "samaa", "mielta", "kayntisi", "kokemus", "kokemuksesi", "kokonaisuutena",
            "asiasi", "ratkesiko", "ensimmaisella", "yhteydenotolla", "tunsit", "tunne", "tai", "seka",
            "muuta", "kerrottavaa", "kertoa", "haluatko", "yritys", "yritysta");

    private TitleSimilarity() {
    }

    /** 0 (no shared word) to 1 (every word of the title appears in the question in some form). */
    public static double score(String question, String title) {
        List<String> titleWords = words(title);
        List<String> questionWords = words(question);
        if (titleWords.isEmpty() || questionWords.isEmpty()) {
            return 0;
        }
        int matched = 0;
        for (String t : titleWords) {
            if (questionWords.stream().anyMatch(q -> sameWord(q, t))) {
                matched++;
            }
        }
        return (double) matched / titleWords.size();
    }

    /**
     * The index of the title the question fits best, or -1 when none fits {@link #ENOUGH} or two fit
     * equally well, since a guess between them would be a coin toss.
     */
    public static int best(String question, List<String> titles) {
        int best = -1;
        double top = 0;
        boolean tied = false;
        for (int i = 0; i < titles.size(); i++) {
            double s = score(question, titles.get(i));
            if (s > top + 1e-9) {
                best = i;
                top = s;
                tied = false;
            } else if (s > 0 && Math.abs(s - top) <= 1e-9) {
                tied = true;
            }
        }
        return top >= ENOUGH && !tied ? best : -1;
    }

    /** Two words are one when equal, or when they share a start of {@link #STEM} letters or all of a 4-letter word. */
    static boolean sameWord(String a, String b) {
        int common = 0;
        int max = Math.min(a.length(), b.length());
        while (common < max && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common == a.length() && common == b.length() || common >= STEM || common == max && max >= 4;
    }

    /** The content words of a text: accent-free, lower case, three letters or more, common words left out. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(NameKey.of(text))) {
            if (w.length() >= 3 && !COMMON.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }
}
