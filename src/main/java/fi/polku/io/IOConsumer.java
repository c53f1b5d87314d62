package fi.polku.io;

import java.io.IOException;

/** Something that consumes a value and may fail with an I/O error, such as a writer of file content. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
