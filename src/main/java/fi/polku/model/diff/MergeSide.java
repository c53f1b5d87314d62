package fi.polku.model.diff;

/** Which side a merge takes where both sides disagree. */
public enum MergeSide {
    OURS, THEIRS
}
