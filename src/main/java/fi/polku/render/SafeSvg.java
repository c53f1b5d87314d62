package fi.polku.render;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG logo cleaned for embedding in a document: no scripts, no event handlers, no foreign content and
 * no reference to anything outside the logo (only {@code #id} links and inline raster images remain), with
 * its ids prefixed so they cannot collide with the picture it is drawn into. A logo may come from anyone;
 * a report sent to a client must not fetch or run anything when opened.
 */
public final class SafeSvg {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Pattern NUMBER = Pattern.compile("\\s*([0-9.eE+-]+)\\s*(px)?\\s*");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)");
    private static final Pattern INLINE_IMAGE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*");
    private static final List<String> DROPPED = List.of("script", "foreignobject", "iframe", "object", "embed",
            "audio", "video", "handler", "listener");

    private final String markup;
    private final double[] viewBox;

    private SafeSvg(String markup, double[] viewBox) {
        this.markup = markup;
        this.viewBox = viewBox;
    }

    /** The cleaned logo, or empty when the bytes are not an SVG document or it has no size. */
    public static Optional<SafeSvg> parse(byte[] data) {
        try {
            Document doc = builder().parse(new ByteArrayInputStream(data));
            Element root = doc.getDocumentElement();
            if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
                return Optional.empty();
            }
            double[] box = viewBox(root);
            if (box == null || !(box[2] > 0 && box[3] > 0)) {
                return Optional.empty();
            }
            clean(root);
            prefixIds(root, "logo-" + Integer.toHexString(java.util.Arrays.hashCode(data)) + "-");
            for (String a : List.of("x", "y", "width", "height", "viewBox", "preserveAspectRatio", "version")) {
                root.removeAttribute(a);
            }
            root.setAttribute("viewBox", join(box));
            return Optional.of(new SafeSvg(serialise(root), box));
        } catch (Exception notSvg) {
            // Any parse failure means the file is no usable SVG; the caller reports that where it was chosen.
            return Optional.empty();
        }
    }

    /** The logo's own coordinate box: x, y, width, height. */
    public double[] viewBox() {
        return viewBox.clone();
    }

    public double aspect() {
        return viewBox[2] / viewBox[3];
    }

    /** The cleaned logo as a whole SVG document, for a renderer. */
    public String document() {
        return markup;
    }

    /** The logo as a nested {@code <svg>} element filling the box (x, y, w, h) of the picture it goes into. */
    public String nested(String x, String y, String w, String h) {
        int end = markup.indexOf("<svg") + 4;
        return markup.substring(0, end) + " x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h
                + "\" preserveAspectRatio=\"xMidYMid meet\" overflow=\"hidden\"" + markup.substring(end);
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // Editors write a DOCTYPE naming the SVG DTD; it is never fetched, and entities are not expanded.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
        // Silent: the default handler prints "[Fatal Error]" lines on stderr; a failure is reported by the caller.
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return b;
    }

    private static double[] viewBox(Element root) {
        String vb = root.getAttribute("viewBox").strip();
        if (!vb.isEmpty()) {
            String[] parts = vb.split("[\\s,]+");
            if (parts.length == 4) {
                double[] box = new double[4];
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i]);
                }
                return box;
            }
        }
        Matcher w = NUMBER.matcher(root.getAttribute("width"));
        Matcher h = NUMBER.matcher(root.getAttribute("height"));
        return w.matches() && h.matches() ? new double[] {0, 0, Double.parseDouble(w.group(1)),
                Double.parseDouble(h.group(1))} : null;
    }

    /** Drops what could run, reach out or carry other tools' data; keeps SVG drawing as it is. */
    private static void clean(Element element) {
        List<Attr> drop = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            boolean declaration = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns);
            boolean foreign = ns != null && !declaration && !XLINK_NS.equals(ns)
                    && !XMLConstants.XML_NS_URI.equals(ns);
            if (declaration ? !(SVG_NS.equals(a.getValue()) || XLINK_NS.equals(a.getValue()))
                    : foreign || name.toLowerCase(Locale.ROOT).startsWith("on") || !safeValue(name, a.getValue())) {
                drop.add(a);
            }
        }
        drop.forEach(element::removeAttributeNode);
        List<Node> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n);
        }
        for (Node n : children) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element child = (Element) n;
                    String local = child.getLocalName() == null ? "" : child.getLocalName().toLowerCase(Locale.ROOT);
                    boolean styleWithImport = "style".equals(local) && !safeCss(child.getTextContent());
                    if (!SVG_NS.equals(child.getNamespaceURI()) || DROPPED.contains(local) || styleWithImport
                            || local.startsWith("animate") || "set".equals(local)) {
                        element.removeChild(child);
                    } else {
                        clean(child);
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                }
                default -> element.removeChild(n);
            }
        }
    }

    private static boolean safeValue(String name, String value) {
        if ("href".equals(name)) {
            String v = value.strip();
            return v.startsWith("#") || INLINE_IMAGE.matcher(v).matches();
        }
        return safeCss(value);
    }

    /** CSS that refers only to the logo's own parts: url(#id) and nothing fetched or imported. */
    private static boolean safeCss(String css) {
        if (css.toLowerCase(Locale.ROOT).contains("@import") || css.toLowerCase(Locale.ROOT).contains("javascript:")) {
            return false;
        }
        Matcher m = URL.matcher(css);
        while (m.find()) {
            String target = m.group(1).strip();
            if (!target.startsWith("#") && !INLINE_IMAGE.matcher(target).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void prefixIds(Element root, String prefix) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        List<String> ids = new ArrayList<>();
        for (Element e : all) {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
                e.setAttribute("id", prefix + e.getAttribute("id"));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        for (Element e : all) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                a.setValue(relink(a.getValue(), ids, prefix));
            }
            if ("style".equals(e.getLocalName())) {
                e.setTextContent(relink(e.getTextContent(), ids, prefix));
            }
        }
    }

    /** Points every {@code #id} in a value (url(#id), href="#id") at the id's new, prefixed name. */
    private static String relink(String value, List<String> ids, String prefix) {
        if (!value.contains("#")) {
            return value;
        }
        String out = value;
        for (String id : ids) {
            out = Pattern.compile("#" + Pattern.quote(id) + "(?![\\w.:-])").matcher(out)
                    .replaceAll(Matcher.quoteReplacement("#" + prefix + id));
        }
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, out);
            }
        }
    }

    private static String serialise(Element root) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        t.transform(new DOMSource(root), new StreamResult(out));
        return out.toString();
    }

    private static String join(double[] box) {
        StringBuilder b = new StringBuilder();
        for (double v : box) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
        return b.toString();
    }
}
