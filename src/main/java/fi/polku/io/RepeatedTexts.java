package fi.polku.io;

import java.util.Arrays;

/**
 * One string per distinct short text of a file, for the values a map repeats thousands of times (stage,
 * lane and metric ids, sources, owners, tags). A large map then holds a few hundred strings instead of one
 * per value, every touchpoint shares its stage's and lane's id instance (whose hash is already cached),
 * and the parser's characters are compared in place instead of becoming a new string each time.
 */
final class RepeatedTexts {
    /** Longer texts are seldom repeated, and comparing them would cost more than it saves. */
    private static final int MAX_LENGTH = 48;
    /** A file of mostly distinct values stops filling the table here and gets plain strings. */
    private static final int MAX_ENTRIES = 8192;

    // Open addressing; each slot keeps its text's hash and characters beside the string, so a lookup
    // compares ints and then two char arrays (one vectorized call) instead of reading the string back.
    private String[] strings = new String[256];
    private char[][] texts = new char[256][];
    private int[] hashes = new int[256];
    private int count;

    /** The text of {@code chars[offset, offset + length)}, the same instance for the same characters. */
    String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode's formula, so the string's own hash is this one
        }
        int mask = strings.length - 1;
        int slot = spread(hash) & mask;
        for (char[] text = texts[slot]; text != null; text = texts[slot]) {
            if (hashes[slot] == hash && Arrays.equals(text, 0, text.length, chars, offset, offset + length)) {
                return strings[slot];
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(chars, offset, length);
        if (count < MAX_ENTRIES) {
            strings[slot] = s;
            texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
            hashes[slot] = hash;
            if (++count * 2 > strings.length) {
                grow();
            }
        }
        return s;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldStrings = strings;
        char[][] oldTexts = texts;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        texts = new char[strings.length][];
        hashes = new int[strings.length];
        int mask = strings.length - 1;
        for (int i = 0; i < oldStrings.length; i++) {
            if (oldTexts[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = oldStrings[i];
                texts[slot] = oldTexts[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
