package fi.polku.cli;

import fi.polku.io.survey.ColumnMapping;
import fi.polku.io.survey.SurveyField;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.text.Localization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options shared by the commands that read a survey file: which sheet and which columns. */
final class SurveyFileOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--sheet", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.survey.sheet")
    String sheet;

    @Option(names = "--column", paramLabel = "${bundle:cli.label.column}", descriptionKey = "cli.survey.column")
    Map<String, String> columns = new LinkedHashMap<>();

    /** Import options with the sheet and column mapping given on the command line. */
    SurveyImportOptions importOptions() {
        ColumnMapping mapping = ColumnMapping.defaults();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            mapping = mapping.with(field(e.getKey()), e.getValue());
        }
        return SurveyImportOptions.defaults().withColumns(mapping).withSheet(sheet);
    }

    private SurveyField field(String name) {
        for (SurveyField f : SurveyField.values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new ParameterException(spec.commandLine(), Localization.format("cli.survey.unknownField", name));
    }
}
