package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SVG exports are well-formed documents with real text, and no text escapes its card in any format. */
class SvgExportTest {
    private static final String LONG = "Pitkä otsikko jossa on ääkkösiä ja paljon sanoja ".repeat(41).substring(0, 2000);

    @TempDir
    Path dir;

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element byId(Document doc, String id) {
        return elements(doc.getDocumentElement(), "g").stream().filter(g -> g.getAttribute("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no <g id=" + id + ">"));
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void svgIsWellFormedWithRealTextHeaderAndLegendAndNoEditingOverlay() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        Path file = dir.resolve("map.svg");
        MapExporter.export(map, ExportFormat.SVG, ExportSamples.options(map), file);
        Document doc = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = elements(doc.getDocumentElement(), "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("Oston jälkeen", "Tavaratalon asiakasbussi – asiakaspolku", "Näyttö");
        assertThat(byId(doc, "legend")).isNotNull();
        assertThat(byId(doc, "export-header")).isNotNull();
        // The selection colour is drawn only as an overlay on screen.
        String selection = String.format("#%06X", fi.polku.layout.Theme.standard().palette().selection() & 0xFFFFFF);
        assertThat(elements(doc.getDocumentElement(), "rect")).noneMatch(r -> r.getAttribute("stroke").equals(selection)
                && r.getAttribute("stroke-width").equals("2.5"));
    }

    @Test
    void noHeaderAndNoLegendLeaveThemOut() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map).withHeader(null).withLegend(false)));
        assertThat(svg).doesNotContain("id=\"legend\"", "id=\"export-header\"", "Persoona");
    }

    @Test
    void stageRangeAndHiddenLanesLeaveOnlyThoseCards() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map)
                .withScope(new ExportScope.StageRange("s2", "s2")).withHiddenLanes(Set.of("web"))));
        Document doc = parse(svg);
        List<String> cards = elements(doc.getDocumentElement(), "g").stream()
                .filter(g -> g.getAttribute("class").equals("card")).map(g -> g.getAttribute("id")).toList();
        assertThat(cards).containsExactlyInAnyOrder("tp-t4", "tp-t5", "tp-t6");
        assertThat(svg).doesNotContain("Ennen ostoa", "Verkkosivut");
    }

    @Test
    void selectionExportShowsOnlyTheSelectedTouchpoints() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map)
                .withScope(new ExportScope.Selection(Set.of("t1", "t7")))));
        List<String> cards = elements(parse(svg).getDocumentElement(), "g").stream()
                .filter(g -> g.getAttribute("class").equals("card")).map(g -> g.getAttribute("id")).toList();
        assertThat(cards).containsExactlyInAnyOrder("tp-t1", "tp-t7");
        assertThat(svg).doesNotContain("Ostos<", "Myymälä ja asiakasbussi");
    }

    private static JourneyMap longTitleMap() {
        JourneyMap map = ExportSamples.storeBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.set(0, tps.get(0).withTitle(LONG));
        return map.withTouchpoints(tps).withTitle(LONG);
    }

    @Test
    void aTwoThousandCharacterTitleStaysInsideItsCardAndTheHeaderInSvg() throws Exception {
        JourneyMap map = longTitleMap();
        ExportPicture picture = ExportPicture.of(map, ExportSamples.options(map));
        Document doc = parse(MapExporter.svg(picture));
        Element card = byId(doc, "tp-t1");
        Element body = elements(card, "rect").get(1);
        double left = d(body, "x");
        double right = left + d(body, "width");
        double top = d(body, "y");
        double bottom = top + d(body, "height");
        List<Element> texts = elements(card, "text");
        assertThat(texts).isNotEmpty();
        for (Element t : texts) {
            FontFace face = "bold".equals(t.getAttribute("font-weight")) ? FontFace.BOLD : FontFace.REGULAR;
            double width = FontMetricsTable.shared().width(t.getTextContent(), face, d(t, "font-size"));
            assertThat(d(t, "x")).isGreaterThanOrEqualTo(left);
            assertThat(d(t, "x") + width).as(t.getTextContent()).isLessThanOrEqualTo(right);
            assertThat(d(t, "y")).isBetween(top, bottom);
        }
        assertThat(texts.stream().map(Element::getTextContent).reduce("", String::concat).length()).isLessThan(300);
        List<Element> header = elements(byId(doc, "export-header"), "text");
        assertThat(header).hasSizeBetween(1, 3);
        for (Element t : header) {
            FontFace face = "bold".equals(t.getAttribute("font-weight")) ? FontFace.BOLD : FontFace.REGULAR;
            assertThat(d(t, "x") + FontMetricsTable.shared().width(t.getTextContent(), face, d(t, "font-size")))
                    .isLessThanOrEqualTo(picture.width() - ExportPicture.MARGIN);
        }
    }

    @Test
    void aTwoThousandCharacterTitleLeavesTheSpaceBesideItsCardEmptyInPng() throws Exception {
        JourneyMap map = longTitleMap();
        ExportOptions options = ExportSamples.options(map);
        ExportPicture picture = ExportPicture.of(map, options);
        Path file = dir.resolve("long.png");
        MapExporter.export(map, ExportFormat.PNG, options, file);
        BufferedImage image = ImageIO.read(file.toFile());
        var card = picture.layout().card("t1").bounds();
        var column = picture.layout().stageHeaders().getFirst().bounds();
        double[] o = picture.mapOrigin();
        int background = fi.polku.layout.Theme.standard().palette().background();
        // Between the card's right edge and the next stage's grid line only background may show.
        for (int x = (int) Math.ceil(o[0] + card.maxX() + 2); x < (int) (o[0] + column.maxX() - 2); x++) {
            for (int y = (int) (o[1] + card.y()); y < (int) (o[1] + card.maxY()); y++) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(background);
            }
        }
    }
}
