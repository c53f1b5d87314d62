package fi.polku.layout;

import fi.polku.model.EvidenceLevel;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * The letter beside a card's evidence dot, so that evidence is not told by fill alone: the first letter of
 * the evidence word in the map's language (O, I, A in English; H, P, O in Finnish), as the legends spell it.
 */
public final class EvidenceMarks {
    private EvidenceMarks() {
    }

    public static String letter(EvidenceLevel e, Locale language) {
        return Localization.text(language, "evidenceMark." + e.name());
    }
}
