package fi.polku.render.present;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.render.Painter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Records what a slide paints as it lands on the screen: each text with its size in screen pixels (the
 * painted size times the scale of the transforms around it) and each filled colour. Checks that pushes
 * and pops balance.
 */
final class ScreenPainter implements Painter {
    record ScreenText(String text, double px, int argb, String group) {
    }

    final List<ScreenText> texts = new ArrayList<>();
    final List<Integer> fills = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    private final Deque<Double> scales = new ArrayDeque<>();
    private double scale = 1;
    private int clips;
    private String group;

    /** The largest text on the screen, in pixels. */
    double largestText() {
        return texts.stream().mapToDouble(ScreenText::px).max().orElse(0);
    }

    /** The first text of the slide's or the chart's title group: the slide's title. */
    ScreenText title() {
        return texts.stream().filter(t -> "slide-title".equals(t.group()) || "chart-title".equals(t.group()))
                .findFirst().orElseThrow();
    }

    boolean balanced() {
        return scales.isEmpty() && clips == 0;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        fills.add(argb);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        fills.add(argb);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        fills.add(argb);
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        texts.add(new ScreenText(text, size * scale, argb, group));
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips++;
    }

    @Override
    public void popClip() {
        clips--;
    }

    @Override
    public void pushTransform(double translateX, double translateY, double s) {
        scales.push(scale);
        scale *= s;
    }

    @Override
    public void popTransform() {
        scale = scales.pop();
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        groups.add(id);
        group = id;
    }

    @Override
    public void endGroup() {
        group = null;
    }
}
