package fi.polku.render;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import fi.polku.layout.Rect;
import fi.polku.model.Logo;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A brand's logo decoded once for drawing: a PNG as an image, an SVG cleaned ({@link SafeSvg}) and parsed
 * so that it can be drawn as vectors through Java2D. Decoding a megabyte on every repaint would stall the
 * screen, so decoded logos are kept in a small cache. A logo that cannot be decoded is {@link #usable()
 * unusable} and draws nothing: it is refused where the user chose it, not while painting.
 */
public final class LogoImage {
    /** The largest logo file accepted: a logo is a mark, not a photograph. */
    public static final int MAX_BYTES = 1 << 20;
    /** A PNG of more pixels than this is refused before it is decoded (a small file can unpack to gigabytes). */
    private static final long MAX_PIXELS = 25_000_000L;
    private static final int CACHED = 8;
    private static final List<LogoImage> CACHE = new ArrayList<>();

    private final Logo logo;
    private final BufferedImage png;
    private final SafeSvg safeSvg;
    private final SVGDocument svg;
    private BufferedImage raster;
    private BufferedImage reduced;
    private int reducedHalvings;

    private LogoImage(Logo logo, BufferedImage png, SafeSvg safeSvg, SVGDocument svg) {
        this.logo = logo;
        this.png = png;
        this.safeSvg = safeSvg;
        this.svg = svg;
    }

    /** The decoded logo, from the cache when it was decoded before. */
    public static LogoImage of(Logo logo) {
        synchronized (CACHE) {
            // The same Logo object is painted again and again: identity first, the byte compare only on a miss.
            for (LogoImage cached : CACHE) {
                if (cached.logo == logo) {
                    return cached;
                }
            }
            for (LogoImage cached : CACHE) {
                if (cached.logo.equals(logo)) {
                    return cached;
                }
            }
        }
        LogoImage decoded = decode(logo);
        synchronized (CACHE) {
            CACHE.addFirst(decoded);
            if (CACHE.size() > CACHED) {
                CACHE.removeLast();
            }
        }
        return decoded;
    }

    private static LogoImage decode(Logo logo) {
        byte[] data = logo.data();
        if (data.length == 0 || data.length > MAX_BYTES) {
            return new LogoImage(logo, null, null, null);
        }
        if (logo.isSvg()) {
            Optional<SafeSvg> safe = SafeSvg.parse(data);
            SVGDocument doc = safe.map(LogoImage::load).orElse(null);
            return new LogoImage(logo, null, doc == null ? null : safe.get(), doc);
        }
        return new LogoImage(logo, readPng(data), null, null);
    }

    private static SVGDocument load(SafeSvg safe) {
        try {
            return new SVGLoader().load(new ByteArrayInputStream(safe.document().getBytes(StandardCharsets.UTF_8)),
                    null, LoaderContext.createDefault());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static BufferedImage readPng(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (in == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public Logo logo() {
        return logo;
    }

    /** Whether the logo decoded; an unusable one draws nothing. */
    public boolean usable() {
        return png != null || svg != null;
    }

    public boolean isSvg() {
        return svg != null;
    }

    /** The cleaned SVG for embedding, when the logo is a usable SVG. */
    public Optional<SafeSvg> safeSvg() {
        return Optional.ofNullable(safeSvg);
    }

    /** The PNG image, when the logo is a usable PNG. */
    public Optional<BufferedImage> png() {
        return Optional.ofNullable(png);
    }

    /** The logo's own size in its units (pixels of a PNG, the viewBox of an SVG); 1 × 1 when unusable. */
    public double width() {
        return png != null ? png.getWidth() : safeSvg != null ? safeSvg.viewBox()[2] : 1;
    }

    public double height() {
        return png != null ? png.getHeight() : safeSvg != null ? safeSvg.viewBox()[3] : 1;
    }

    /**
     * The largest box of the logo's proportions inside (x, y, w, h), placed horizontally by {@code alignX}
     * (0 left, 0.5 centre, 1 right) and centred vertically.
     */
    public Rect fit(double x, double y, double w, double h, double alignX) {
        double scale = Math.min(w / width(), h / height());
        double fw = width() * scale;
        double fh = height() * scale;
        return new Rect(x + (w - fw) * alignX, y + (h - fh) / 2, fw, fh);
    }

    /**
     * Draws the logo fitted and centred in the box through Java2D: an SVG as vectors (so a PDF graphics
     * or a large PNG gets every curve at its own resolution), a PNG as a smoothly scaled image.
     */
    public void draw(Graphics2D g, double x, double y, double w, double h) {
        if (!usable() || !(w > 0 && h > 0)) {
            return;
        }
        Rect box = fit(x, y, w, h, 0.5);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (svg != null) {
                g2.clip(new java.awt.geom.Rectangle2D.Double(box.x(), box.y(), box.w(), box.h()));
                svg.render(null, g2, new ViewBox((float) box.x(), (float) box.y(), (float) box.w(), (float) box.h()));
            } else {
                double device = Math.abs(g2.getTransform().getScaleX()) * box.w();
                BufferedImage source = reduced(device);
                AffineTransform at = new AffineTransform(box.w() / source.getWidth(), 0, 0,
                        box.h() / source.getHeight(), box.x(), box.y());
                g2.drawImage(source, at, null);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The PNG halved step by step until it is at most twice {@code devicePixels} wide: one bicubic jump
     * from a 2000-pixel logo to 100 pixels would skip most of its pixels and shimmer. The number of halvings
     * depends on {@code devicePixels} alone, so a picture's pixels never depend on what was painted before it
     * (a strip of a PNG export and the whole image get the same logo).
     */
    private synchronized BufferedImage reduced(double devicePixels) {
        int halvings = 0;
        for (int w = png.getWidth(), h = png.getHeight(); w > 2 * devicePixels + 2 && h > 2; w /= 2, h /= 2) {
            halvings++;
        }
        if (halvings == 0) {
            return png;
        }
        if (reduced != null && reducedHalvings == halvings) {
            return reduced;
        }
        BufferedImage image = png;
        for (int i = 0; i < halvings; i++) {
            BufferedImage half = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2,
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = half.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
            } finally {
                g.dispose();
            }
            image = half;
        }
        reduced = image;
        reducedHalvings = halvings;
        return image;
    }

    /**
     * The logo as pixels of exactly {@code w} × {@code h} (its proportions kept, centred, the rest
     * transparent), for the screen; the last size asked for is kept, as a repaint asks for it again.
     */
    public synchronized BufferedImage raster(int w, int h) {
        int pw = Math.max(1, w);
        int ph = Math.max(1, h);
        if (raster != null && raster.getWidth() == pw && raster.getHeight() == ph) {
            return raster;
        }
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, 0, 0, pw, ph);
        } finally {
            g.dispose();
        }
        raster = image;
        return image;
    }
}
