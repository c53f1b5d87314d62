package fi.polku.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list of a map's touchpoints, kept beside the hashes of each card's id and cell so that a
 * drag on a 20,000-card map can find its cards without reading every card (see {@link #idHash} and
 * {@link #cellHash}). {@link JourneyMap} keeps a list that already is one as it is, and an edit splices
 * whole runs of the old arrays, so a move copies the list once.
 */
public final class TouchpointList extends AbstractList<Touchpoint> implements RandomAccess {
    private static final TouchpointList EMPTY = new TouchpointList(new Touchpoint[0], new int[0], new int[0]);

    private final Touchpoint[] cards;
    private final int[] idHashes;
    private final int[] cellHashes;

    private TouchpointList(Touchpoint[] cards, int[] idHashes, int[] cellHashes) {
        this.cards = cards;
        this.idHashes = idHashes;
        this.cellHashes = cellHashes;
    }

    /** The list itself when it is a TouchpointList, otherwise a copy; refuses null elements. */
    public static TouchpointList copyOf(Collection<? extends Touchpoint> source) {
        if (source instanceof TouchpointList list) {
            return list;
        }
        // A copy of toArray's result, since a foreign collection might keep the array it returns.
        Touchpoint[] copy = Arrays.copyOf(source.toArray(), source.size(), Touchpoint[].class);
        return copy.length == 0 ? EMPTY : withHashes(copy);
    }

    private static TouchpointList withHashes(Touchpoint[] cards) {
        int[] ids = new int[cards.length];
        int[] cells = new int[cards.length];
        for (int i = 0; i < cards.length; i++) {
            Touchpoint t = Objects.requireNonNull(cards[i]);
            ids[i] = t.id().hashCode();
            cells[i] = cellHash(t.stageId(), t.laneId());
        }
        return new TouchpointList(cards, ids, cells);
    }

    /**
     * Collects the cards of a map being read, hashing each as it comes (while it is still in the cache)
     * and handing its arrays to the list it builds, so a loaded map's list is neither copied nor re-read.
     */
    public static final class Builder {
        private Touchpoint[] cards = new Touchpoint[16];
        private int[] idHashes = new int[16];
        private int[] cellHashes = new int[16];
        private int size;

        public Builder add(Touchpoint t) {
            if (size == cards.length) {
                int capacity = size * 2;
                cards = Arrays.copyOf(cards, capacity);
                idHashes = Arrays.copyOf(idHashes, capacity);
                cellHashes = Arrays.copyOf(cellHashes, capacity);
            }
            idHashes[size] = t.id().hashCode();
            cellHashes[size] = cellHash(t.stageId(), t.laneId());
            cards[size++] = t;
            return this;
        }

        /** The list of the cards added so far; the builder must not be used afterwards. */
        public TouchpointList build() {
            if (size == 0) {
                return EMPTY;
            }
            TouchpointList list = size == cards.length ? new TouchpointList(cards, idHashes, cellHashes)
                    : new TouchpointList(Arrays.copyOf(cards, size), Arrays.copyOf(idHashes, size),
                    Arrays.copyOf(cellHashes, size));
            cards = null; // a later add fails at once rather than changing the list
            return list;
        }
    }

    /** The hash {@link #cellHash(int)} gives every card in this cell; a different one means another cell. */
    public static int cellHash(String stageId, String laneId) {
        return 31 * stageId.hashCode() + laneId.hashCode();
    }

    /** The card's {@code id().hashCode()}: when it differs from an id's hash, the card has another id. */
    public int idHash(int index) {
        return idHashes[Objects.checkIndex(index, cards.length)];
    }

    /** The card's {@link #cellHash(String, String)}: when it differs, the card is in another cell. */
    public int cellHash(int index) {
        return cellHashes[Objects.checkIndex(index, cards.length)];
    }

    /**
     * This list without the cards at {@code removedAt[0..removedCount)} (ascending indices) and with
     * {@code inserted} before index {@code insertAt} (the size for the end).
     */
    public TouchpointList spliced(int[] removedAt, int removedCount, int insertAt, List<Touchpoint> inserted) {
        Objects.checkIndex(insertAt, cards.length + 1);
        for (int r = 0; r < removedCount; r++) {
            Objects.checkIndex(removedAt[r], cards.length);
            if (r > 0 && removedAt[r] <= removedAt[r - 1]) {
                // A programmer's error, left in English: edit commands pass indices they sorted themselves.
                throw new IllegalArgumentException("Removed indices must ascend: " + Arrays.toString(removedAt));
            }
        }
        TouchpointList added = copyOf(inserted);
        int size = cards.length - removedCount + added.size();
        TouchpointList out = new TouchpointList(new Touchpoint[size], new int[size], new int[size]);
        int o = 0;
        int start = 0;
        // Each run of kept cards between two removed ones is copied whole; the inserted go in on the way.
        for (int r = 0; r <= removedCount; r++) {
            int end = r < removedCount ? removedAt[r] : cards.length;
            if (start <= insertAt && insertAt <= end) {
                o = copy(this, start, insertAt, out, o);
                o = copy(added, 0, added.size(), out, o);
                o = copy(this, insertAt, end, out, o);
            } else {
                o = copy(this, start, end, out, o);
            }
            start = end + 1;
        }
        return out;
    }

    private static int copy(TouchpointList from, int start, int end, TouchpointList to, int at) {
        System.arraycopy(from.cards, start, to.cards, at, end - start);
        System.arraycopy(from.idHashes, start, to.idHashes, at, end - start);
        System.arraycopy(from.cellHashes, start, to.cellHashes, at, end - start);
        return at + end - start;
    }

    @Override
    public Touchpoint get(int index) {
        return cards[Objects.checkIndex(index, cards.length)];
    }

    @Override
    public int size() {
        return cards.length;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(cards, cards.length, Object[].class);
    }

    /** Card by card as every list does, but without an iterator and with an identity check first. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof TouchpointList other)) {
            return super.equals(o);
        }
        if (other.cards.length != cards.length) {
            return false;
        }
        for (int i = 0; i < cards.length; i++) {
            if (cards[i] != other.cards[i] && !cards[i].equals(other.cards[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
