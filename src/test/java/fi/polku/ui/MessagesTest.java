package fi.polku.ui;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.LaneKind;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the UI code asks for exists in the bundle, so a translation needs no code change. */
class MessagesTest {
    /** A string literal that names a message key, e.g. "inspector.touchpoint.title" or "action.undo". */
    private static final Pattern KEY = Pattern.compile(
            "\"((?:action|menu|step|status|dialog|chooser|inspector|measurement|context|shortcuts|new|default|"
                    + "window|map|value|autosave|recovery|error|about|export|tooltip|canvas|preferences)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern ACTION = Pattern.compile("new UiAction\\(\"([a-zA-Z]+)\"|(?:stageMove|laneMove)\\(\"([a-zA-Z]+)\"");

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        var bundle = Localization.texts(Localization.ENGLISH);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/polku/ui"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher key = KEY.matcher(code);
                while (key.find()) {
                    if (!bundle.containsKey(key.group(1))) {
                        missing.add(source.getFileName() + ": " + key.group(1));
                    }
                }
                Matcher action = ACTION.matcher(code);
                while (action.find()) {
                    String id = action.group(1) != null ? action.group(1) : action.group(2);
                    if (!bundle.containsKey("action." + id)) {
                        missing.add(source.getFileName() + ": action." + id);
                    }
                }
            }
        }
        for (Enum<?> value : Stream.of(LaneKind.values(), ChannelType.values(), EvidenceLevel.values())
                .flatMap(Stream::of).toList()) {
            if (!Messages.of(value).equals(bundle.get(value.getDeclaringClass().getSimpleName() + "." + value.name()))) {
                missing.add(value.toString());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void countsReadNaturallyInTheUndoMenuAndStatusBar() {
        assertThat(Messages.format("step.moveTouchpoints", 1)).isEqualTo("Move touchpoint");
        assertThat(Messages.format("step.moveTouchpoints", 3)).isEqualTo("Move 3 touchpoints");
        assertThat(Messages.format("status.selection", 0)).isEqualTo("Nothing selected");
        assertThat(Messages.format("step.touchpoint.owner", 2)).isEqualTo("Edit owner of 2 touchpoints");
    }
}
