package fi.polku.ui.inspector;

import javafx.scene.Node;

/** An inspector page laid out as one {@link Form}: the form is its view and takes focus at its first field. */
abstract class FormPage implements InspectorPage {
    protected final Form form;

    FormPage(String headingKey, Runnable endMerge) {
        form = new Form(headingKey, endMerge);
    }

    @Override
    public final Node view() {
        return form.box();
    }

    @Override
    public final void focusFirstField() {
        form.first().requestFocus();
    }
}
