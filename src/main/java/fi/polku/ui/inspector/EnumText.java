package fi.polku.ui.inspector;

import fi.polku.ui.Messages;
import javafx.util.StringConverter;

/** Shows enum constants by their names in the message bundle, and null as "Not set". */
final class EnumText {
    private EnumText() {
    }

    static <E extends Enum<E>> StringConverter<E> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return Messages.of(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        };
    }
}
