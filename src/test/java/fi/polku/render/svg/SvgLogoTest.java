package fi.polku.render.svg;

import fi.polku.render.TestLogos;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** In SVG a logo that is an SVG stays its own vector elements; a PNG logo is an embedded image. */
class SvgLogoTest {
    @Test
    void anSvgLogoIsEmbeddedAsVectorsInANestedViewport() throws Exception {
        SvgPainter svg = new SvgPainter(400, 200);
        svg.logo(TestLogos.svg(), 100, 50, 200, 200);
        String out = svg.toSvg();
        assertThat(out).contains("<circle").contains("<rect").contains("#F28C00").doesNotContain("<image");
        Document doc = parse(out);
        org.w3c.dom.Element nested = (org.w3c.dom.Element) doc.getDocumentElement().getElementsByTagName("svg").item(0);
        // 200 × 100 units fitted in 200 × 200: full width, centred vertically.
        assertThat(nested.getAttribute("x")).isEqualTo("100");
        assertThat(nested.getAttribute("y")).isEqualTo("100");
        assertThat(nested.getAttribute("width")).isEqualTo("200");
        assertThat(nested.getAttribute("height")).isEqualTo("100");
        assertThat(nested.getAttribute("viewBox")).isEqualTo("0 0 200 100");
    }

    @Test
    void aPngLogoIsAnEmbeddedImage() throws Exception {
        SvgPainter svg = new SvgPainter(400, 200);
        svg.logo(TestLogos.png(), 0, 0, 80, 80);
        String out = svg.toSvg();
        assertThat(out).contains("<image").contains("data:image/png;base64,");
        org.w3c.dom.Element image = (org.w3c.dom.Element) parse(out).getElementsByTagName("image").item(0);
        assertThat(image.getAttribute("y")).isEqualTo("20");
        assertThat(image.getAttribute("height")).isEqualTo("40");
    }

    @Test
    void aHostileLogoAddsNothingThatRunsOrReachesOut() {
        SvgPainter svg = new SvgPainter(400, 200);
        svg.logo(TestLogos.hostileSvg(), 0, 0, 100, 50);
        assertThat(svg.toSvg()).doesNotContain("script").doesNotContain("evil").doesNotContain("onload");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
