package fi.polku.io.sheet;

import fi.polku.model.ChannelType;
import fi.polku.model.LaneKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a lane named in a spreadsheet is: a channel of a known type ("verkkosivut" is the web, "puhelin" the
 * phone), one of the map's other kinds of lane ("Tunne", "Kipupisteet", "Backstage"), or else a channel of
 * another type. Words are compared as {@link TouchpointField#key keys}, whole name first, then word by word.
 */
final class LaneWords {
    /** A lane's kind and, for a channel, its type. */
    record Meaning(LaneKind kind, ChannelType channel) {
        static Meaning channel(ChannelType type) {
            return new Meaning(LaneKind.CHANNEL, type);
        }
    }

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Map<String, Meaning> MEANINGS = meanings();

    private LaneWords() {
    }

    private static Map<String, Meaning> meanings() {
        Map<String, Meaning> m = new HashMap<>();
        put(m, Meaning.channel(ChannelType.WEB), "verkkosivut", "verkkosivu", "verkkosivusto", "web", "website",
                "webpage", "nettisivut", "nettisivu", "kotisivut", "verkkokauppa", "webshop", "online", "verkko");
        put(m, Meaning.channel(ChannelType.PHONE), "puhelin", "phone", "soitto", "puhelu", "telephone", "call",
                "puhelimitse");
        put(m, Meaning.channel(ChannelType.CHAT), "chat", "chatti", "livechat", "verkkochat");
        put(m, Meaning.channel(ChannelType.EMAIL), "sahkoposti", "email", "sposti", "mail");
        put(m, Meaning.channel(ChannelType.STORE), "myymala", "store", "liike", "toimipiste", "shop", "branch",
                "showroom", "nayttelytila", "kauppa", "konttori");
        put(m, Meaning.channel(ChannelType.SOCIAL), "some", "sosiaalinenmedia", "social", "socialmedia");
        put(m, Meaning.channel(ChannelType.INVOICE), "lasku", "invoice", "laskutus", "billing", "bill");
        put(m, new Meaning(LaneKind.EMOTION, null), "tunne", "emotion", "tunnekayra", "emotioncurve", "feeling");
        put(m, new Meaning(LaneKind.PAIN_POINTS, null), "kipupisteet", "kipupiste", "painpoints", "painpoint");
        put(m, new Meaning(LaneKind.OPPORTUNITIES, null), "mahdollisuudet", "opportunities");
        put(m, new Meaning(LaneKind.BACKSTAGE, null), "backstage", "taustaprosessit", "taustatoiminnot",
                "kulissientakana");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Meaning> m, Meaning meaning, String... words) {
        for (String w : List.of(words)) {
            m.put(w, meaning);
        }
    }

    /**
     * The meaning of a lane's name: the whole name's ("Sosiaalinen media"), else its first word that has
     * one ("Verkkosivut ja sähköposti" is the web), else a channel of another type.
     */
    static Meaning of(String name) {
        Meaning whole = MEANINGS.get(TouchpointField.key(name));
        if (whole != null) {
            return whole;
        }
        for (String word : WORDS.split(name == null ? "" : name)) {
            Meaning m = MEANINGS.get(TouchpointField.key(word));
            if (m != null && m.kind() == LaneKind.CHANNEL) {
                return m;
            }
        }
        return Meaning.channel(ChannelType.OTHER);
    }
}
