package fi.polku.layout;

/** The three faces of the bundled Noto Sans font that maps are drawn with. */
public enum FontFace {
    REGULAR("NotoSans-Regular.ttf"), BOLD("NotoSans-Bold.ttf"), ITALIC("NotoSans-Italic.ttf");

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    /** Classpath resource of this face's TrueType file. */
    public String resource() {
        return "/assets/fonts/" + fileName;
    }

    public boolean bold() {
        return this == BOLD;
    }

    public boolean italic() {
        return this == ITALIC;
    }
}
