package fi.polku.layout;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;

import java.util.List;
import java.util.Locale;

/**
 * Lays out the inside of one card: wrapped title, the yearly value of its opportunities (opportunities
 * lane only), importance stars, evidence mark and score badge.
 */
final class CardLayouter {
    static final double STAR_STEP = 12;
    private static final double TITLE_GAP = 6;
    private static final double BADGE_HEIGHT = 18;
    /** Room inside the value pill on each side of its text. */
    private static final double VALUE_PAD = 7;

    private final Theme theme;
    private final TextMeasurer measurer;
    private final TextWrapper wrapper;
    private final double titleLine;
    private final double titleAscent;
    /** Stars and pills grow with the small print (projector mode), and are their standard size otherwise. */
    private final double starStep;
    private final double badgeHeight;

    CardLayouter(Theme theme, TextMeasurer measurer) {
        this.theme = theme;
        this.measurer = measurer;
        this.wrapper = new TextWrapper(measurer);
        this.titleLine = measurer.lineHeight(FontFace.BOLD, theme.sizes().titleSize());
        this.titleAscent = measurer.ascent(FontFace.BOLD, theme.sizes().titleSize());
        double k = theme.sizes().smallSize() / ThemeSizes.standard().smallSize();
        this.starStep = STAR_STEP * k;
        this.badgeHeight = BADGE_HEIGHT * k;
    }

    /** The card's content measured before it has a place: title lines and footer contents. */
    record Content(Touchpoint tp, List<String> lines, KeyScore score, String badgeText, EvidenceLevel evidence,
                   String evidenceLetter, String valueText, double height) {
        boolean hasFooter() {
            return tp.importance() != null || score != null || evidence != null;
        }
    }

    /** @param valueText the yearly value the card shows ({@link OpportunityBadges}), or null */
    Content measure(Touchpoint tp, JourneyMap map, String valueText) {
        double inner = theme.sizes().cardWidth() - 2 * theme.sizes().cardPadding();
        List<String> lines = wrapper.wrap(tp.title(), FontFace.BOLD, theme.sizes().titleSize(), inner, theme.sizes().titleMaxLines());
        KeyScore score = KeyScore.of(tp, map).orElse(null);
        EvidenceLevel evidence = tp.evidence() != null ? tp.evidence()
                : score != null ? score.measurement().evidence() : null;
        Locale language = Localization.ofTag(map.language());
        String letter = evidence == null ? null : EvidenceMarks.letter(evidence, language);
        String badgeText = score == null ? null : badgeText(tp, score.badgeText(language), letter);
        String value = valueText;
        Content c = new Content(tp, lines, score, badgeText, evidence, letter, value, 0);
        double h = 2 * theme.sizes().cardPadding() + Math.max(1, lines.size()) * titleLine
                + (value != null ? TITLE_GAP + badgeHeight : 0)
                + (c.hasFooter() ? TITLE_GAP + theme.sizes().footerHeight() : 0);
        return new Content(tp, lines, score, badgeText, evidence, letter, value, h);
    }

    /** The badge text cut to the room left beside the stars and the evidence mark. */
    private String badgeText(Touchpoint tp, String text, String evidenceLetter) {
        double left = theme.sizes().cardPadding() + (tp.importance() != null ? 5 * starStep + 8 : 0)
                + (evidenceLetter != null ? evidenceWidth(evidenceLetter) + 8 : 0);
        double room = theme.sizes().cardWidth() - theme.sizes().cardPadding() - left - 22;
        return wrapper.truncate(text, FontFace.BOLD, theme.sizes().smallSize(), Math.max(0, room));
    }

    /** The evidence dot and its letter. */
    private double evidenceWidth(String letter) {
        return 12 + measurer.width(letter, FontFace.BOLD, theme.sizes().smallSize());
    }

    /** The card placed at (x, y). */
    CardBox place(Content c, int indexInCell, double x, double y) {
        Touchpoint tp = c.tp();
        double pad = theme.sizes().cardPadding();
        Rect bounds = new Rect(x, y, theme.sizes().cardWidth(), c.height());
        TextBlock title = c.lines().isEmpty()
                ? new TextBlock(List.of("—"), x + pad, y + pad + titleAscent, titleLine, FontFace.BOLD,
                theme.sizes().titleSize(), theme.palette().mutedText())
                : new TextBlock(c.lines(), x + pad, y + pad + titleAscent, titleLine, FontFace.BOLD,
                theme.sizes().titleSize(), theme.palette().cardText());
        double fy = y + pad + Math.max(1, c.lines().size()) * titleLine + TITLE_GAP;
        Rect valueBadge = null;
        TextBlock valueText = null;
        if (c.valueText() != null) {
            double size = theme.sizes().smallSize();
            String text = wrapper.truncate(c.valueText(), FontFace.BOLD, size, bounds.w() - 2 * pad - 2 * VALUE_PAD);
            double w = 2 * VALUE_PAD + measurer.width(text, FontFace.BOLD, size);
            valueBadge = new Rect(x + pad, fy, w, badgeHeight);
            valueText = new TextBlock(List.of(text), x + pad + VALUE_PAD,
                    baselineCentred(valueBadge.centerY(), FontFace.BOLD, size), 0, FontFace.BOLD, size, theme.palette().cardText());
            fy += badgeHeight + TITLE_GAP;
        }
        if (!c.hasFooter()) {
            return new CardBox(tp.id(), tp.stageId(), tp.laneId(), indexInCell, bounds, title, null, null, null,
                    null, null, null, null, null, valueBadge, valueText);
        }
        double mid = fy + theme.sizes().footerHeight() / 2;
        double cursor = x + pad;
        Rect stars = null;
        Double importance = null;
        if (tp.importance() != null) {
            importance = Math.max(0, Math.min(5, tp.importance()));
            stars = new Rect(cursor, mid - starStep / 2, 5 * starStep, starStep);
            cursor = stars.maxX() + 8;
        }
        Rect evidenceMark = null;
        TextBlock evidenceText = null;
        if (c.evidence() != null) {
            double size = theme.sizes().smallSize();
            double w = evidenceWidth(c.evidenceLetter());
            evidenceMark = new Rect(cursor, mid - 6, w, 12);
            evidenceText = new TextBlock(List.of(c.evidenceLetter()), cursor + 12, baselineCentred(mid, FontFace.BOLD, size),
                    0, FontFace.BOLD, size, theme.palette().evidenceInk());
            cursor = evidenceMark.maxX() + 8;
        }
        Rect badge = null;
        TextBlock badgeText = null;
        if (c.score() != null) {
            double size = theme.sizes().smallSize();
            String text = c.badgeText();
            double w = 22 + measurer.width(text, FontFace.BOLD, size);
            badge = new Rect(bounds.maxX() - pad - w, mid - badgeHeight / 2, w, badgeHeight);
            badgeText = new TextBlock(List.of(text), badge.x() + 17, baselineCentred(mid, FontFace.BOLD, size), 0,
                    FontFace.BOLD, size, theme.palette().cardText());
        }
        return new CardBox(tp.id(), tp.stageId(), tp.laneId(), indexInCell, bounds, title, importance, stars,
                c.score(), badge, badgeText, c.evidence(), evidenceMark, evidenceText, valueBadge, valueText);
    }


    /** Baseline that centres capital letters on {@code mid} (Noto Sans cap height is 0.714 em). */
    static double baselineCentred(double mid, FontFace face, double size) {
        return mid + 0.714 * size / 2;
    }
}
