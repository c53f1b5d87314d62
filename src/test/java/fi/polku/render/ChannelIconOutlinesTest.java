package fi.polku.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed icon outlines are what the icon font gives today. */
class ChannelIconOutlinesTest {
    @Test
    void theCommittedOutlinesMatchTheFont() throws Exception {
        assertThat(Files.readString(ChannelIconOutlines.FILE, StandardCharsets.UTF_8))
                .as("run fi.polku.render.ChannelIconOutlines after changing a channel's icon")
                .isEqualTo(ChannelIconOutlines.fromFont());
    }
}
