package fi.polku.edit;

import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the map its own feeling vocabulary (an empty one means the built-in words again) as one step,
 * "Edit feelings". A card whose feeling or intended feeling the new vocabulary no longer has loses it in
 * the same step; its emotion, the measure, stays.
 */
public record SetFeelings(List<Feeling> feelings) implements Command {
    public SetFeelings {
        feelings = List.copyOf(feelings);
    }

    /**
     * The vocabulary as a dialog left it: when it is exactly the built-in one in the map's language the map
     * keeps no words of its own, so that it still follows the built-ins.
     */
    public static SetFeelings of(JourneyMap map, List<Feeling> edited) {
        boolean builtIn = edited.equals(FeelingVocabulary.builtIn(Localization.ofTag(map.language())));
        return new SetFeelings(builtIn ? List.of() : edited);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<Text> problems = problems(feelings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst().in(Locale.ENGLISH));
        }
        JourneyMap next = map.withFeelings(feelings);
        Set<String> kept = new HashSet<>();
        FeelingVocabulary.of(next, Locale.ENGLISH).forEach(f -> kept.add(f.id()));
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().size());
        boolean changed = false;
        for (Touchpoint t : map.touchpoints()) {
            Touchpoint c = t;
            if (c.feeling() != null && !kept.contains(c.feeling())) {
                c = c.withFeeling(null);
            }
            if (c.intendedFeeling() != null && !kept.contains(c.intendedFeeling())) {
                c = c.withIntendedFeeling(null);
            }
            changed |= c != t;
            cards.add(c);
        }
        JourneyMap out = changed ? next.withTouchpoints(cards) : next;
        return out.equals(map) ? map : out;
    }

    @Override
    public Text description() {
        return Text.of("step.feelings");
    }

    /** Why a vocabulary cannot be the map's: a blank or repeated name, a value off −3..+3, a repeated id. */
    public static List<Text> problems(List<Feeling> feelings) {
        List<Text> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < feelings.size(); i++) {
            Feeling f = feelings.get(i);
            String name = f.name() == null ? "" : f.name().strip();
            if (name.isEmpty()) {
                out.add(Text.of("feeling.rule.nameMissing", i + 1));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                out.add(Text.of("feeling.rule.nameTwice", name));
            }
            if (!Double.isFinite(f.emotion()) || f.emotion() < -3 || f.emotion() > 3) {
                out.add(Text.of("feeling.rule.outside", name, f.emotion()));
            }
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("Feeling id \"" + f.id() + "\" repeats");
            }
        }
        return out;
    }

    /** A readable id for a new feeling named {@code name}, free among {@code taken}: "ihastunut", "feeling-2". */
    public static String newId(String name, Set<String> taken) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "feeling";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
