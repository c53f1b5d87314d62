package fi.polku.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.render.ChannelIcons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The lane headers' channel icons reach every export as vector paths, never as pictures. */
class ChannelIconExportTest {
    @TempDir
    Path dir;

    private final JourneyMap map = ExportSamples.storeBus();

    @Test
    void theSvgHasEachChannelLanesIconAsAPath() throws Exception {
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map)));
        assertThat(svg).doesNotContain("<image");
        NodeList groups = SvgExportTest.parse(svg).getElementsByTagName("g");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("channel-icon ")) {
                NodeList paths = g.getElementsByTagName("path");
                assertThat(paths.getLength()).isEqualTo(1);
                String d = ((Element) paths.item(0)).getAttribute("d");
                // An icon is curves, not a box: many cubic pieces in one outline.
                assertThat(d.chars().filter(c -> c == 'C').count()).isGreaterThan(4);
                found.add(g.getAttribute("id"));
            }
        }
        List<String> expected = map.lanes().stream().filter(l -> l.kind() == LaneKind.CHANNEL)
                .map(l -> "icon-" + l.id()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(svg).contains("class=\"channel-icon web\"");
    }

    @Test
    void thePdfDrawsTheIconsAsPathsAndHasNoImageForThem() throws IOException {
        Path file = dir.resolve("map.pdf");
        MapExporter.export(map, ExportFormat.PDF, ExportSamples.options(map), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                assertThat(page.getResources().isImageXObject(name)).as(name.getName()).isFalse();
            }
            int curves = 0;
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator op && op.getName().equals("c")) {
                    curves++;
                }
            }
            assertThat(curves).isGreaterThanOrEqualTo(iconCurves() + curvesWithoutIcons());
        }
    }

    /** The cubic pieces of the map's channel icons. */
    private int iconCurves() {
        int n = 0;
        for (Lane lane : map.lanes()) {
            if (lane.kind() == LaneKind.CHANNEL) {
                PathShape path = ChannelIcons.path(lane.channel() == null ? ChannelType.OTHER : lane.channel(),
                        new Rect(0, 0, 18, 18));
                n += (int) path.segments().stream().filter(s -> s instanceof PathShape.CubicTo).count();
            }
        }
        return n;
    }

    /** The curves the same map draws once its lanes are no channels, so carry no icons. */
    private int curvesWithoutIcons() throws IOException {
        JourneyMap plain = map.withLanes(map.lanes().stream()
                .map(l -> l.kind() == LaneKind.CHANNEL ? new Lane(l.id(), l.name(), LaneKind.TEXT, null) : l).toList());
        Path file = dir.resolve("plain.pdf");
        MapExporter.export(plain, ExportFormat.PDF, ExportSamples.options(plain), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int curves = 0;
            for (Object token : new PDFStreamParser(pdf.getPage(0)).parse()) {
                if (token instanceof Operator op && op.getName().equals("c")) {
                    curves++;
                }
            }
            return curves;
        }
    }
}
