package fi.polku.render;

import fi.polku.layout.HeaderBox;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.ChannelType;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The channel icons of the lane headers: Material Design icons (Ikonli's font) turned into paths once, so
 * that every painter draws them as vectors (an SVG {@code <path>}, PDF path operators), never as a picture.
 */
public final class ChannelIcons {
    /** The outlines, one channel a line, made from Ikonli's Material Design font. */
    static final String RESOURCE = "channel-icons.txt";
    /** Outlines in a unit em square (0..1, y down), or empty when they cannot be read. */
    private static final Map<ChannelType, List<double[]>> UNIT = load();

    private ChannelIcons() {
    }

    /** The Ikonli icon of a channel, also used by the window where it shows channels. */
    public static Ikon ikon(ChannelType channel) {
        return switch (channel) {
            case WEB -> MaterialDesignW.WEB;
            case SOCIAL -> MaterialDesignS.SHARE_VARIANT;
            case CHAT -> MaterialDesignC.CHAT_OUTLINE;
            case EMAIL -> MaterialDesignE.EMAIL_OUTLINE;
            case PHONE -> MaterialDesignP.PHONE;
            case STORE -> MaterialDesignS.STOREFRONT_OUTLINE;
            case INVOICE -> MaterialDesignR.RECEIPT_TEXT_OUTLINE;
            case OTHER -> MaterialDesignD.DOTS_HORIZONTAL_CIRCLE_OUTLINE;
        };
    }

    /** The channel a lane header shows, or null for a lane without an icon. */
    static ChannelType channelOf(HeaderBox lane) {
        if (lane.iconBox() == null) {
            return null;
        }
        for (ChannelType c : ChannelType.values()) {
            if (c.name().equals(lane.icon())) {
                return c;
            }
        }
        return ChannelType.OTHER;
    }

    /** Paints a lane's icon in its box, as a group of its own ("channel-icon web" in SVG). */
    static void paint(Painter p, HeaderBox lane, int argb) {
        ChannelType channel = channelOf(lane);
        PathShape path = channel == null ? null : path(channel, lane.iconBox());
        if (path != null) {
            p.beginGroup("icon-" + lane.id(), "channel-icon " + channel.name().toLowerCase(java.util.Locale.ROOT));
            p.fillPath(path, argb);
            p.endGroup();
        }
    }

    /** The icon's outline filling {@code box} (a square), or null when the icon font could not be read. */
    public static PathShape path(ChannelType channel, Rect box) {
        List<double[]> unit = UNIT.get(channel);
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        double s = Math.min(box.w(), box.h());
        PathShape.Builder b = PathShape.builder();
        for (double[] seg : unit) {
            switch ((int) seg[0]) {
                case PathIterator.SEG_MOVETO -> b.moveTo(box.x() + seg[1] * s, box.y() + seg[2] * s);
                case PathIterator.SEG_LINETO -> b.lineTo(box.x() + seg[1] * s, box.y() + seg[2] * s);
                case PathIterator.SEG_CUBICTO -> b.cubicTo(box.x() + seg[1] * s, box.y() + seg[2] * s,
                        box.x() + seg[3] * s, box.y() + seg[4] * s, box.x() + seg[5] * s, box.y() + seg[6] * s);
                default -> b.close();
            }
        }
        return b.build();
    }

    /**
     * Reads the outlines made from the icon font at build time (see the test-scope ChannelIconOutlines):
     * opening the font itself at startup cost the first frame about 140 ms of AWT font loading.
     */
    private static Map<ChannelType, List<double[]>> load() {
        Map<ChannelType, List<double[]>> out = new EnumMap<>(ChannelType.class);
        try (InputStream in = ChannelIcons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] words = line.trim().split(" ");
                    out.put(ChannelType.valueOf(words[0]), segments(words));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Without the outlines the headers simply carry no icons; the names and channel labels remain.
            out.clear();
        }
        return out;
    }

    /** The segments of one line: "M x y", "L x y", "C x1 y1 x2 y2 x y" and "Z", after the channel's name. */
    private static List<double[]> segments(String[] words) {
        List<double[]> segs = new ArrayList<>();
        int i = 1;
        while (i < words.length) {
            int type = switch (words[i]) {
                case "M" -> PathIterator.SEG_MOVETO;
                case "L" -> PathIterator.SEG_LINETO;
                case "C" -> PathIterator.SEG_CUBICTO;
                case "Z" -> PathIterator.SEG_CLOSE;
                default -> throw new IllegalArgumentException("unknown path command " + words[i]);
            };
            int numbers = type == PathIterator.SEG_CUBICTO ? 6 : type == PathIterator.SEG_CLOSE ? 0 : 2;
            double[] seg = new double[numbers + 1];
            seg[0] = type;
            for (int k = 1; k <= numbers; k++) {
                seg[k] = Double.parseDouble(words[i + k]);
            }
            segs.add(seg);
            i += numbers + 1;
        }
        return segs;
    }
}
