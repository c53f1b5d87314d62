package fi.polku.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a JVM of its own (the same java, with its own options such
 * as a small heap) and collects what it printed, for tests whose subject must not share the test's heap.
 */
public final class ChildJvm {
    /** The child's exit code (3 when -XX:+ExitOnOutOfMemoryError struck) and its output lines, stderr included. */
    public record Output(int exitCode, List<String> lines) {
        public String lastLine() {
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with {@code args} and waits for it; fails when it takes over five minutes. */
    public static Output run(List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        return run(Map.of(), jvmOptions, main, args);
    }

    /**
     * Like {@link #run(List, Class, String...)} with changes to the environment: a variable given an empty
     * value is removed (so that {@code LC_ALL=""} leaves the child's language to {@code LANG}).
     */
    public static Output run(Map<String, String> environment, List<String> jvmOptions, Class<?> main,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process child = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not end within 5 minutes; output: " + lines);
        }
        return new Output(child.exitValue(), lines);
    }
}
