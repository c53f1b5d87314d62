package fi.polku.cli;

import picocli.CommandLine;

/** Runs {@code polku export} once per format in one JVM, as a script would: {@code MAP OUT-FOLDER}. */
public final class ExportCommandRunner {
    private ExportCommandRunner() {
    }

    public static void main(String[] args) {
        int worst = 0;
        for (String format : new String[] {"png", "svg", "pdf", "csv", "xlsx"}) {
            String[] extra = format.equals("png") ? new String[] {"--scale", "2"} : new String[0];
            String[] all = new String[5 + extra.length];
            all[0] = args[0];
            all[1] = "--format";
            all[2] = format;
            all[3] = "-o";
            all[4] = args[1];
            System.arraycopy(extra, 0, all, 5, extra.length);
            worst = Math.max(worst, new CommandLine(new ExportCommand()).execute(all));
        }
        System.exit(worst);
    }
}
