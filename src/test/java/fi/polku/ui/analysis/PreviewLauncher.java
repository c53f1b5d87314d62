package fi.polku.ui.analysis;

/** Starts {@link AnalysisPreview} from a plain class path (JavaFX refuses an Application class as main). */
public final class PreviewLauncher {
    private PreviewLauncher() {
    }

    public static void main(String[] args) {
        AnalysisPreview.main(args);
    }
}
