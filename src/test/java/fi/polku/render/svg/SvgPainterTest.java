package fi.polku.render.svg;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.SampleMaps;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgPainterTest {
    private static MapLayout layout(JourneyMap map) {
        return MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Element byId(Document doc, String id) {
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        return null;
    }

    @Test
    void theSvgIsWellFormedAndKeepsFinnishLettersAndMarkupCharacters() throws Exception {
        JourneyMap map = SampleMaps.storeBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.set(1, tps.get(1).withTitle("A & <b> \"ä\" öÖ"));
        String svg = SvgPainter.render(layout(map.withTouchpoints(tps)));

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        assertThat(texts).contains("Oston jälkeen", "Myymälä ja", "A & <b> \"ä\" öÖ", "3 vahvistusviestiä");
        assertThat(svg).contains("A &amp; &lt;b&gt; &quot;ä&quot; öÖ");
        Element text = (Element) doc.getElementsByTagName("text").item(0);
        assertThat(text.getAttribute("font-family")).contains("Noto Sans").contains("sans-serif");
    }

    @Test
    void everyStageLaneAndCardHasItsOwnGroup() throws Exception {
        MapLayout l = layout(SampleMaps.storeBus());
        Document doc = parse(SvgPainter.render(l));
        for (String id : List.of("stage-s1", "stage-s2", "stage-s3", "lane-web", "lane-store", "lane-phone",
                "lane-feel", "tp-t1", "tp-t8")) {
            assertThat(byId(doc, id)).as(id).isNotNull();
        }
        assertThat(byId(doc, "stage-s1").getAttribute("class")).isEqualTo("stage");
        assertThat(byId(doc, "lane-feel").getAttribute("class")).contains("lane");
        assertThat(byId(doc, "tp-t5").getParentNode()).isEqualTo(byId(doc, "lane-store"));
    }

    @Test
    void aCardIsDrawnExactlyWhereTheLayoutPutsIt() throws Exception {
        MapLayout l = layout(SampleMaps.storeBus());
        Document doc = parse(SvgPainter.render(l));
        for (String id : List.of("t1", "t4", "t7")) {
            CardBox card = l.card(id);
            NodeList rects = byId(doc, "tp-" + id).getElementsByTagName("rect");
            // The first rect is the soft shadow one pixel below; the second is the card body.
            Element body = (Element) rects.item(1);
            assertThat(Double.parseDouble(body.getAttribute("x"))).isCloseTo(card.bounds().x(), within());
            assertThat(Double.parseDouble(body.getAttribute("y"))).isCloseTo(card.bounds().y(), within());
            assertThat(Double.parseDouble(body.getAttribute("width"))).isCloseTo(card.bounds().w(), within());
            assertThat(Double.parseDouble(body.getAttribute("height"))).isCloseTo(card.bounds().h(), within());
        }
        Element svg = doc.getDocumentElement();
        assertThat(Double.parseDouble(svg.getAttribute("width"))).isCloseTo(l.bounds().w(), within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.006);
    }

    @Test
    void unbalancedNestingIsRefusedRatherThanWrittenBroken() {
        SvgPainter p = new SvgPainter(10, 10);
        p.beginGroup("a", "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(p::toSvg).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(p::popClip).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() {
        assertThat(SvgPainter.n(12.345)).isEqualTo("12.35");
        assertThat(SvgPainter.n(-3)).isEqualTo("-3");
        assertThat(SvgPainter.n(0.5)).isEqualTo("0.5");
    }
}
