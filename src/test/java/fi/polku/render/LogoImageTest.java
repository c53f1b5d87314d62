package fi.polku.render;

import fi.polku.layout.Rect;
import fi.polku.model.Logo;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoding logos once, fitting them in a box, and cleaning an SVG of anything that could run or reach out. */
class LogoImageTest {
    @Test
    void anSvgAndAPngDecodeWithTheirOwnProportions() {
        LogoImage svg = LogoImage.of(TestLogos.svg());
        assertThat(svg.usable()).isTrue();
        assertThat(svg.isSvg()).isTrue();
        assertThat(svg.width()).isEqualTo(200);
        assertThat(svg.height()).isEqualTo(100);
        LogoImage png = LogoImage.of(TestLogos.png());
        assertThat(png.usable()).isTrue();
        assertThat(png.isSvg()).isFalse();
        assertThat(png.width()).isEqualTo(40);
        assertThat(png.height()).isEqualTo(20);
    }

    @Test
    void aLogoIsDecodedOnceAndTheSameBytesShareIt() {
        Logo logo = TestLogos.svg();
        assertThat(LogoImage.of(logo)).isSameAs(LogoImage.of(logo));
        assertThat(LogoImage.of(new Logo(Logo.SVG, logo.data()))).isSameAs(LogoImage.of(logo));
    }

    @Test
    void bytesThatAreNoImageDrawNothing() {
        assertThat(LogoImage.of(new Logo(Logo.PNG, "not a png".getBytes(StandardCharsets.UTF_8))).usable()).isFalse();
        assertThat(LogoImage.of(new Logo(Logo.SVG, "<svg".getBytes(StandardCharsets.UTF_8))).usable()).isFalse();
        assertThat(LogoImage.of(new Logo(Logo.SVG, "<html/>".getBytes(StandardCharsets.UTF_8))).usable()).isFalse();
        assertThat(LogoImage.of(new Logo(Logo.SVG, new byte[LogoImage.MAX_BYTES + 1])).usable()).isFalse();
        // The PNG's bytes labelled as SVG are no SVG.
        assertThat(LogoImage.of(new Logo(Logo.SVG, TestLogos.png().data())).usable()).isFalse();
    }

    @Test
    void fittingKeepsTheProportionsAndAlignsAsAsked() {
        LogoImage svg = LogoImage.of(TestLogos.svg());
        assertThat(svg.fit(0, 0, 100, 100, 0.5)).isEqualTo(new Rect(0, 25, 100, 50));
        assertThat(svg.fit(10, 0, 400, 40, 1)).isEqualTo(new Rect(330, 0, 80, 40));
        assertThat(svg.fit(10, 0, 400, 40, 0)).isEqualTo(new Rect(10, 0, 80, 40));
    }

    @Test
    void aRasterHasTheLogosPixelsWhereItsPartsAre() {
        BufferedImage raster = LogoImage.of(TestLogos.svg()).raster(200, 100);
        assertThat(raster.getRGB(50, 50)).isEqualTo(TestLogos.GREEN);
        assertThat(raster.getRGB(150, 50)).isEqualTo(TestLogos.ORANGE);
        assertThat(raster.getRGB(101, 2) >>> 24).isZero();
    }

    @Test
    void aHostileSvgKeepsItsDrawingAndLosesScriptsLinksAndEditorData() {
        SafeSvg safe = LogoImage.of(TestLogos.hostileSvg()).safeSvg().orElseThrow();
        String markup = safe.document();
        assertThat(markup).doesNotContainIgnoringCase("script").doesNotContain("alert").doesNotContain("evil")
                .doesNotContain("onload").doesNotContain("onclick").doesNotContain("foreignObject")
                .doesNotContain("inkscape").doesNotContain("javascript").doesNotContain("@import");
        assertThat(markup).contains("<path").contains("#123456").contains("<use");
        // The use still points at its rect, under the rect's new, prefixed id.
        String id = markup.replaceAll("(?s).*<rect[^>]*id=\"([^\"]+)\".*", "$1");
        assertThat(id).startsWith("logo-").endsWith("-r");
        assertThat(markup).contains("href=\"#" + id + "\"");
        assertThat(safe.viewBox()).containsExactly(0, 0, 100, 50);
    }

    @Test
    void aNestedLogoFillsTheBoxItIsGiven() {
        String nested = LogoImage.of(TestLogos.svg()).safeSvg().orElseThrow().nested("5", "6", "70", "35");
        assertThat(nested).startsWith("<svg").contains("x=\"5\"").contains("width=\"70\"")
                .contains("viewBox=\"0 0 200 100\"").contains("fill=\"url(#logo-");
    }
}
