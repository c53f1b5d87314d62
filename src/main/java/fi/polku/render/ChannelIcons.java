package fi.polku.render;

import fi.polku.layout.HeaderBox;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.ChannelType;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignAIkonHandler;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The channel icons of the lane headers: Material Design icons (Ikonli's font) turned into paths once, so
 * that every painter draws them as vectors (an SVG {@code <path>}, PDF path operators), never as a picture.
 */
public final class ChannelIcons {
    /** Outlines in a unit em square (0..1, y down), or empty when the icon font cannot be read. */
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

    private static Map<ChannelType, List<double[]>> load() {
        Map<ChannelType, List<double[]>> out = new EnumMap<>(ChannelType.class);
        // Every Material Design handler of the pack serves the same font file.
        try (InputStream in = new MaterialDesignAIkonHandler().getFontResourceAsStream()) {
            if (in == null) {
                return out;
            }
            // A large size keeps the float outline precise; it is scaled down to the unit square below.
            float size = 1000;
            Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
            FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
            LineMetrics m = font.getLineMetrics("M", frc);
            // The em square runs from the ascent above the baseline to the descent below it.
            double top = -m.getAscent();
            double em = m.getAscent() + m.getDescent();
            for (ChannelType c : ChannelType.values()) {
                String glyph = new String(Character.toChars(ikon(c).getCode()));
                Shape outline = font.createGlyphVector(frc, glyph).getOutline();
                out.put(c, unit(outline, top, em));
            }
        } catch (IOException | FontFormatException | RuntimeException unreadable) {
            // Without the font the headers simply carry no icons; the names and channel labels remain.
            out.clear();
        }
        return out;
    }

    /** The outline's segments in the unit square, quadratic pieces raised to cubic ones. */
    private static List<double[]> unit(Shape outline, double top, double em) {
        List<double[]> segs = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        double startX = 0;
        double startY = 0;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            for (int i = 0; i < 6; i += 2) {
                c[i] = c[i] / em;
                c[i + 1] = (c[i + 1] - top) / em;
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    segs.add(new double[]{type, c[0], c[1]});
                    startX = c[0];
                    startY = c[1];
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    segs.add(new double[]{type, c[0], c[1]});
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // The cubic with the same curve: control points two thirds of the way to the quadratic's.
                    segs.add(new double[]{PathIterator.SEG_CUBICTO,
                            lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]), c[2], c[3]});
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    segs.add(new double[]{type, c[0], c[1], c[2], c[3], c[4], c[5]});
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> {
                    segs.add(new double[]{PathIterator.SEG_CLOSE});
                    lastX = startX;
                    lastY = startY;
                }
            }
        }
        return segs;
    }
}
