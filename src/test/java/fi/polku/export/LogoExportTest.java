package fi.polku.export;

import fi.polku.model.Logo;
import fi.polku.render.TestLogos;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PNG and PDF draw a logo where it was asked for; in PDF an SVG logo is vectors and a PNG one an image. */
class LogoExportTest {
    @Test
    void aPngPictureHasTheSvgLogosPixelsInItsBox() {
        BufferedImage image = paintPng(TestLogos.svg());
        // The 200 × 100 logo fitted in (20, 10, 160, 160): 160 × 80 from y = 50.
        assertThat(image.getRGB(60, 90)).isEqualTo(TestLogos.GREEN);
        assertThat(image.getRGB(140, 90)).isEqualTo(TestLogos.ORANGE);
        assertThat(image.getRGB(60, 30)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(60, 150)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aPngPictureHasThePngLogosPixelsInItsBox() {
        BufferedImage image = paintPng(TestLogos.png());
        assertThat(image.getRGB(50, 90)).isEqualTo(TestLogos.RED);
        assertThat(image.getRGB(150, 90)).isEqualTo(TestLogos.BLUE);
        assertThat(image.getRGB(100, 30)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anUndecodableLogoDrawsNothing() {
        BufferedImage image = paintPng(new Logo(Logo.PNG, new byte[] {1, 2, 3}));
        assertThat(image.getRGB(100, 90)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anSvgLogoIsVectorsInThePdfAndLandsInItsBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(paintPdf(TestLogos.svg(), TestLogos.svg()))) {
            List<PDXObject> objects = xObjects(pdf.getPage(0).getResources());
            assertThat(objects).isNotEmpty().noneMatch(o -> o instanceof PDImageXObject);
            // Drawn twice, written once.
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            assertThat(page.getRGB(60, 90)).isEqualTo(TestLogos.GREEN);
            assertThat(page.getRGB(140, 90)).isEqualTo(TestLogos.ORANGE);
            assertThat(page.getRGB(60, 30)).isEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void aPngLogoIsAnImageInThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(paintPdf(TestLogos.png()))) {
            assertThat(xObjects(pdf.getPage(0).getResources())).hasAtLeastOneElementOfType(PDImageXObject.class);
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            assertThat(page.getRGB(50, 90)).isEqualTo(TestLogos.RED);
            assertThat(page.getRGB(150, 90)).isEqualTo(TestLogos.BLUE);
        }
    }

    private static BufferedImage paintPng(Logo logo) {
        BufferedImage image = new BufferedImage(200, 180, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dPainter p = new Java2dPainter(g);
            p.fillRect(0, 0, 200, 180, 0xFFFFFFFF);
            p.logo(logo, 20, 10, 160, 160);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A 200 × 180 pt page with each logo drawn in (20, 10, 160, 160), the second a little lower. */
    private static byte[] paintPdf(Logo... logos) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(200, 180));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfPainter p = new PdfPainter(cs, new PdfFonts(doc), 180, 1);
                for (int i = 0; i < logos.length; i++) {
                    p.logo(logos[i], 20, 10 + i * 100, 160, 160);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Every XObject on the page, and inside forms, the ones they draw. */
    private static List<PDXObject> xObjects(PDResources resources) throws IOException {
        List<PDXObject> all = new ArrayList<>();
        if (resources == null) {
            return all;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject o = resources.getXObject(name);
            all.add(o);
            if (o instanceof PDFormXObject form) {
                all.addAll(xObjects(form.getResources()));
            }
        }
        return all;
    }
}
