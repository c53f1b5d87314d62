package fi.polku.layout;

import fi.polku.model.EvidenceLevel;

/**
 * A touchpoint's card: where it is and what it shows.
 *
 * @param indexInCell position among the touchpoints of its cell
 * @param importance  0..5 (partial stars allowed), or null when not rated
 * @param score       the key score shown on the badge, or null
 * @param badge       the badge's box (shape + score text), or null when there is no score
 * @param evidence    evidence level shown by the mark, or null
 * @param evidenceMark box of the evidence mark (dot + letter), or null
 * @param valueBadge  box of the yearly value of the card's opportunities (opportunities lane), or null
 */
public record CardBox(String touchpointId, String stageId, String laneId, int indexInCell, Rect bounds,
                      TextBlock title, Double importance, Rect stars, KeyScore score, Rect badge,
                      TextBlock badgeText, EvidenceLevel evidence, Rect evidenceMark, TextBlock evidenceText,
                      Rect valueBadge, TextBlock valueText) {
}
