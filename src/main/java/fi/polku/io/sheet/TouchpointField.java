package fi.polku.io.sheet;

import fi.polku.io.survey.NameKey;
import fi.polku.text.Localization;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column a spreadsheet of touchpoints can have, one touchpoint a row, with the header words it is known
 * by in English and in Finnish. Words are compared as {@link #key keys}: lower case, accents and everything
 * but letters and digits left out, so that "E-mail", "email" and "Sosiaalinen media" each match one key.
 */
public enum TouchpointField {
    STAGE(true, List.of("stage", "phase", "step", "journeystage", "stagename"),
            List.of("vaihe", "polunvaihe", "asiakaspolunvaihe", "palvelupolunvaihe", "askel", "vaiheennimi")),
    LANE(true, List.of("channel", "lane", "swimlane", "touchpointchannel", "channelname", "lanename"),
            List.of("kanava", "kaista", "palvelukanava", "asiointikanava", "kanavannimi", "kaistannimi")),
    TITLE(true, List.of("title", "touchpoint", "name", "touchpointname", "touchpointtitle"),
            List.of("otsikko", "kosketuspiste", "nimi", "kosketuspisteennimi", "kosketuspisteenotsikko")),
    DESCRIPTION(false, List.of("description", "details", "detail"),
            List.of("kuvaus", "selite", "lisatiedot", "tarkennus")),
    IMPORTANCE(false, List.of("importance", "weight"), List.of("tarkeys", "merkitys", "painoarvo")),
    EMOTION(false, List.of("emotion", "feeling", "mood", "sentiment"),
            List.of("tunne", "tunnetila", "fiilis", "tunnelma")),
    OWNER(false, List.of("owner", "responsible", "responsibleperson", "ownedby"),
            List.of("omistaja", "vastuuhenkilo", "vastuutaho", "vastuussa", "vastaava")),
    TAGS(false, List.of("tags", "tag", "labels", "keywords"),
            List.of("tunnisteet", "tunniste", "avainsanat", "tagit"));

    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final boolean required;
    private final List<String> english;
    private final List<String> finnish;

    TouchpointField(boolean required, List<String> english, List<String> finnish) {
        this.required = required;
        this.english = english;
        this.finnish = finnish;
    }

    /** True for stage, lane and title, without which a row cannot become a card. */
    public boolean required() {
        return required;
    }

    /** The field's id on the command line: {@code stage}, {@code lane}, {@code title}... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language a header word of this field belongs to, or empty when it is none of its words. */
    Optional<Locale> languageOf(String headerKey) {
        if (english.contains(headerKey)) {
            return Optional.of(Localization.ENGLISH);
        }
        return finnish.contains(headerKey) ? Optional.of(Localization.FINNISH) : Optional.empty();
    }

    /**
     * The field a person names on the command line: its id ({@code stage}), {@code channel} for the lane, or
     * any of its header words in either language ({@code vaihe}, {@code kanava}).
     */
    public static Optional<TouchpointField> named(String name) {
        String key = key(name);
        for (TouchpointField f : values()) {
            if (f.id().equals(key) || f.languageOf(key).isPresent()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The comparison key of a word: lower case, without accents, spaces or punctuation. */
    public static String key(String text) {
        return NOT_ALNUM.matcher(NameKey.of(text)).replaceAll("");
    }
}
