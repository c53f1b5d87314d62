package fi.polku.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A logo image kept inside the map file, so that the file stays one self-contained document.
 *
 * @param mediaType {@code image/png} or {@code image/svg+xml}
 * @param data      the image file's bytes
 */
public record Logo(String mediaType, byte[] data) {
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    public Logo {
        Objects.requireNonNull(mediaType, "mediaType");
        data = data == null ? new byte[0] : data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public boolean isSvg() {
        return SVG.equals(mediaType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && mediaType.equals(l.mediaType) && Arrays.equals(data, l.data);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + data.length + " bytes]";
    }
}
