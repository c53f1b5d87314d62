package fi.polku.export.report;

import fi.polku.export.PageLayout;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The PowerPoint deck of the store-bus sample, read back with POI as PowerPoint would open it. */
class DeckWriterTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    static byte[] deck(JourneyMap map) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeckWriter.write(map, new ReportOptions(PageLayout.A4, DATE), out, fraction -> { });
        return out.toByteArray();
    }

    @Test
    void theDeckHasASlideForEachPageOfTheStoryInOrder() throws Exception {
        JourneyMap map = ReportWriterTest.storeBus();
        ReportContext context = ReportContext.of(map, new ReportOptions(PageLayout.A4, DATE), ReportSheet.SLIDE);
        List<ReportSection> body = ReportSections.make(context);
        int expected = 2 + body.stream().mapToInt(s -> s.pages().size()).sum();
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(map)))) {
            assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isCloseTo(16 / 9.0,
                    org.assertj.core.data.Offset.offset(0.01));
            List<XSLFSlide> slides = show.getSlides();
            assertThat(slides).hasSize(expected);
            assertThat(text(slides.getFirst())).contains(map.title());
            // Each section opens on its own slide with its title, in the report's order.
            int index = 2;
            for (ReportSection section : body) {
                assertThat(text(slides.get(index))).as("slide %d", index + 1).contains(section.title());
                index += section.pages().size();
            }
            // Charts are pictures; the contents slide lists the sections.
            long pictures = slides.stream().flatMap(s -> all(s.getShapes()).stream())
                    .filter(XSLFPictureShape.class::isInstance).count();
            assertThat(pictures).isGreaterThanOrEqualTo(4);
            assertThat(text(slides.get(1))).contains(body.get(1).title());
        }
    }

    @Test
    void theMapSlideHoldsEveryCardAsARoundedRectangleWithItsTitle() throws Exception {
        JourneyMap map = ReportWriterTest.storeBus();
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(map)))) {
            XSLFSlide slide = show.getSlides().get(2);
            Map<String, XSLFGroupShape> cards = all(slide.getShapes()).stream()
                    .filter(s -> s instanceof XSLFGroupShape && s.getShapeName().startsWith("tp-"))
                    .map(XSLFGroupShape.class::cast)
                    .collect(Collectors.toMap(XSLFShape::getShapeName, Function.identity(), (a, b) -> a));
            assertThat(cards).hasSize(map.touchpoints().size());
            for (Touchpoint t : map.touchpoints()) {
                XSLFGroupShape card = cards.get("tp-" + t.id());
                assertThat(card).as(t.title()).isNotNull();
                XSLFAutoShape body = card.getShapes().stream()
                        .filter(s -> s instanceof XSLFAutoShape a && a.getShapeType() == ShapeType.ROUND_RECT
                                && !a.getText().isBlank())
                        .map(XSLFAutoShape.class::cast).findFirst().orElseThrow();
                // The layout wraps a title into lines; the shape's text is those lines, as editable text.
                assertThat(body.getText().replaceAll("\\s+", " ").strip()).isEqualTo(t.title().strip());
                assertThat(body.getTextParagraphs().getFirst().getTextRuns().getFirst().getFontFamily())
                        .isEqualTo("Noto Sans");
            }
            List<XSLFShape> shapes = all(slide.getShapes());
            long arrows = shapes.stream().filter(s -> s instanceof XSLFFreeformShape f
                    && f.getLineTailDecoration() == LineDecoration.DecorationShape.TRIANGLE).count();
            assertThat(arrows).isEqualTo(map.connections().size());
            // Stage and lane headers are shapes carrying their names.
            for (var stage : map.stages()) {
                assertThat(shapes).anySatisfy(s -> assertThat(s instanceof XSLFAutoShape a
                        && a.getText().replaceAll("\\s+", " ").strip().equals(stage.name())).isTrue());
            }
        }
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : all(slide.getShapes())) {
            if (s instanceof XSLFTextShape t) {
                b.append(t.getText().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return b.toString();
    }

    static List<XSLFShape> all(List<XSLFShape> shapes) {
        List<XSLFShape> out = new ArrayList<>();
        for (XSLFShape s : shapes) {
            out.add(s);
            if (s instanceof XSLFGroupShape g) {
                out.addAll(all(g.getShapes()));
            }
        }
        return out;
    }
}
