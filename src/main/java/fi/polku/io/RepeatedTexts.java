package fi.polku.io;

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

    private String[] table = new String[256];
    private int count;

    /** The text of {@code chars[offset, offset + length)}, the same instance for the same characters. */
    String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode's formula, so a hit compares hashes first
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.hashCode() == hash && same(s, chars, offset, length)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(chars, offset, length);
        if (count < MAX_ENTRIES) {
            table[slot] = s;
            if (++count * 2 > table.length) {
                grow();
            }
        }
        return s;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = spread(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }
}
