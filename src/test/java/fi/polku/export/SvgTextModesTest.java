package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgText;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG export carries exactly the glyphs its text uses, or with {@code --svg-text paths} no text at all. */
class SvgTextModesTest {
    private static final Pattern FACE = Pattern.compile(
            "@font-face\\{font-family:'Noto Sans';font-weight:(\\w+);font-style:(\\w+);src:url\\(data:font/ttf;base64,"
                    + "([A-Za-z0-9+/=]+)\\) format\\('truetype'\\);}");

    private final JourneyMap map = ExportSamples.storeBus();
    private final ExportPicture picture = ExportPicture.of(map, ExportSamples.options(map));

    @Test
    void embeddedSubsetsHoldExactlyTheCharactersOfTheMapsText() throws Exception {
        String svg = MapExporter.svg(picture, SvgText.FONT);
        Map<String, Set<Integer>> wanted = new HashMap<>();
        NodeList texts = SvgExportTest.parse(svg).getDocumentElement().getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            String face = (t.hasAttribute("font-weight") ? "bold" : "normal") + "/"
                    + (t.hasAttribute("font-style") ? "italic" : "normal");
            t.getTextContent().codePoints().forEach(cp -> wanted.computeIfAbsent(face, f -> new TreeSet<>()).add(cp));
        }
        assertThat(wanted).containsKeys("normal/normal", "bold/normal");

        Map<String, Set<Integer>> embedded = new HashMap<>();
        Matcher m = FACE.matcher(svg);
        while (m.find()) {
            byte[] ttf = Base64.getDecoder().decode(m.group(3));
            assertThat(ttf.length).as("a subset, not the whole 500 kB font").isLessThan(40_000);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                // The tables every browser needs, and none that names glyphs of the whole font.
                assertThat(font.getTableMap().keySet()).contains("cmap", "glyf", "loca", "head", "hhea", "hmtx",
                        "maxp", "name", "OS/2", "post").doesNotContain("GSUB", "GPOS", "GDEF");
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Set<Integer> mapped = new TreeSet<>();
                for (int cp = 0; cp <= 0xFFFF; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        mapped.add(cp);
                    }
                }
                embedded.put(m.group(1) + "/" + m.group(2), mapped);
            }
        }
        assertThat(embedded).isEqualTo(wanted);
        assertThat(wanted.get("normal/normal")).contains((int) 'ä', (int) '–');
    }

    @Test
    void textAsPathsLeavesNoTextElementsAndNoFont() throws Exception {
        String svg = MapExporter.svg(picture, SvgText.PATHS);
        Document doc = SvgExportTest.parse(svg);
        assertThat(doc.getDocumentElement().getElementsByTagNameNS("*", "text").getLength()).isZero();
        assertThat(svg).doesNotContain("@font-face", "font-family");
        // The words stay findable as labels of their outlines.
        assertThat(svg).contains("class=\"text\" aria-label=\"Oston jälkeen\"");
    }

    @Test
    void theExportWritesTheChosenTextMode() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("polku", ".svg");
        try {
            MapExporter.export(map, ExportFormat.SVG, ExportSamples.options(map).withSvgText(SvgText.PATHS), file);
            assertThat(java.nio.file.Files.readString(file)).doesNotContain("<text");
            MapExporter.export(map, ExportFormat.SVG, ExportSamples.options(map), file);
            assertThat(java.nio.file.Files.readString(file)).contains("<text", "@font-face");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
