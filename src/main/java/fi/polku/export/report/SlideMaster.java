package fi.polku.export.report;

import fi.polku.export.XslfPainter;
import fi.polku.layout.Rect;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBaseStyles;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;

/**
 * Brands a deck's slide master: the accent band across the top and the logo at the left of the running
 * header, as the report's pages have them, and the theme's first accent colour and fonts, so that a slide
 * or a shape the consultant adds in PowerPoint carries the brand too.
 */
final class SlideMaster {
    private SlideMaster() {
    }

    static void brand(XMLSlideShow show, ReportContext context, double scale) {
        XSLFSlideMaster master = show.getSlideMasters().getFirst();
        XslfPainter painter = new XslfPainter(show, master);
        painter.pushTransform(0, 0, scale);
        painter.fillRect(0, 0, context.sheet().textWidth(), ReportLook.BAND, context.accent());
        Rect logo = PageCanvas.headerLogoBox(context);
        if (logo != null) {
            painter.logo(context.brand().logo(), logo.x(), logo.y(), logo.w(), logo.h());
        }
        painter.popTransform();
        painter.finish();
        theme(master.getTheme(), context.accent());
    }

    private static void theme(XSLFTheme theme, int accent) {
        if (theme == null) {
            return;
        }
        CTBaseStyles elements = theme.getXmlObject().getThemeElements();
        CTColor accent1 = elements.getClrScheme().getAccent1();
        byte[] rgb = {(byte) (accent >> 16), (byte) (accent >> 8), (byte) accent};
        if (accent1.isSetSysClr()) {
            accent1.unsetSysClr();
        }
        (accent1.isSetSrgbClr() ? accent1.getSrgbClr() : accent1.addNewSrgbClr()).setVal(rgb);
        for (CTFontCollection fonts : new CTFontCollection[] {elements.getFontScheme().getMajorFont(),
                elements.getFontScheme().getMinorFont()}) {
            fonts.getLatin().setTypeface(XslfPainter.FONT);
        }
    }
}
