package fi.polku;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of the architecture notes: pure layers stay free of UI toolkits and file formats. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.polku");
    }

    @Test
    void modelMetricsAndLayoutUseNeitherJavaFxNorJackson() {
        ArchRule rule = noClasses().that().resideInAnyPackage("fi.polku.model..", "fi.polku.metrics..",
                        "fi.polku.layout..", "fi.polku.edit..", "fi.polku.search..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..",
                        "java.awt..", "org.apache.pdfbox..", "org.apache.poi..");
        rule.check(classes);
    }

    @Test
    void noLayerBelowTheUiDependsOnTheUi() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("fi.polku.ui..", "fi.polku")
                .should().dependOnClassesThat().resideInAPackage("fi.polku.ui..");
        rule.check(classes);
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("fi.polku.model..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.polku.edit..", "fi.polku.io..",
                        "fi.polku.metrics..", "fi.polku.layout..", "fi.polku.render..", "fi.polku.cli..",
                        "fi.polku.export..");
        rule.check(classes);
    }

    @Test
    void theTextLayerUsesOnlyTheJdk() {
        ArchRule rule = noClasses().that().resideInAPackage("fi.polku.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "fi.polku.text..")
                .because("every layer, from the model to the command line, reads its words through it");
        rule.check(classes);
    }

    @Test
    void theEditorStateBelongsToTheDocumentNotTheCanvas() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("fi.polku.ui.canvas..")
                .should().callMethod(fi.polku.ui.canvas.JourneyCanvas.class, "state")
                .because("the inspector, the analysis dock and the actions share the document's editor state; "
                        + "none of them learns what is selected by asking the canvas");
        rule.check(classes);
        ArchRule stateAlone = noClasses().that().resideInAPackage("fi.polku.ui.state..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.polku.ui.canvas..", "fi.polku.ui.inspector..",
                        "fi.polku.ui.analysis..")
                .because("the editor state is below every part of the window that shows it");
        stateAlone.check(classes);
    }
}
