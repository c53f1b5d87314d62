package fi.polku.cli;

import fi.polku.io.survey.ColumnMapping;
import fi.polku.io.survey.LabelTable;
import fi.polku.io.survey.NeedsQuestionsException;
import fi.polku.io.survey.SurveyField;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyQuestion;
import fi.polku.io.survey.WideLayout;
import fi.polku.io.table.ColumnNames;
import fi.polku.text.Localization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options shared by the commands that read a survey file: which sheet and which columns, and for a wide
 * file (one row per respondent) which question column goes to which touchpoint and metric, and extra labels.
 */
final class SurveyFileOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--sheet", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.survey.sheet")
    String sheet;

    @Option(names = "--column", paramLabel = "${bundle:cli.label.column}", descriptionKey = "cli.survey.column")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--question", paramLabel = "${bundle:cli.label.question}", descriptionKey = "cli.survey.question")
    List<String> questions = new ArrayList<>();

    @Option(names = "--label", paramLabel = "${bundle:cli.label.answerLabel}", descriptionKey = "cli.survey.label")
    List<String> labels = new ArrayList<>();

    /** Import options with the sheet, column mapping, questions and labels given on the command line. */
    SurveyImportOptions importOptions() {
        ColumnMapping mapping = ColumnMapping.defaults();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            mapping = mapping.with(field(e.getKey()), e.getValue());
        }
        LabelTable table = LabelTable.builtIn();
        for (String label : labels) {
            table = label(table, label);
        }
        return SurveyImportOptions.defaults().withColumns(mapping).withSheet(sheet)
                .withQuestions(questions.stream().map(this::question).toList()).withLabels(table);
    }

    /**
     * Prints why a survey file could not be read; for a wide file given without --question, which question
     * columns it has and how to map them.
     */
    static void printFileProblem(SurveyFileException e, Path file, PrintWriter err) {
        if (e instanceof NeedsQuestionsException wide) {
            WideLayout layout = wide.layout();
            List<Integer> columns = layout.questionColumns();
            String example = columns.isEmpty() ? "C" : ColumnNames.letter(columns.getFirst());
            err.println(Localization.format("cli.survey.wide", file, layout.tool().displayName().in(Localization.ui()),
                    example, columns.size()));
            for (String column : layout.describeQuestions()) {
                err.println("  " + column);
            }
        } else {
            err.println(e.getMessage());
            if (e.problem().message().key().equals("io.survey.missingColumns")) {
                // A wide export of a tool Polku does not know looks like a long table without its columns.
                err.println(Localization.format("cli.survey.maybeWide"));
            }
        }
    }

    private SurveyQuestion question(String text) {
        int equals = text.indexOf('=');
        int colon = text.lastIndexOf(':');
        if (equals <= 0 || colon < equals + 2 || colon == text.length() - 1) {
            throw new ParameterException(spec.commandLine(), Localization.format("cli.survey.questionForm", text));
        }
        return new SurveyQuestion(text.substring(0, equals).strip(), text.substring(equals + 1, colon).strip(),
                text.substring(colon + 1).strip());
    }

    private LabelTable label(LabelTable table, String text) {
        int equals = text.lastIndexOf('=');
        if (equals > 0) {
            String number = text.substring(equals + 1).strip();
            try {
                // A decimal comma is how a Finnish user writes 4.5.
                return table.with(text.substring(0, equals), new BigDecimal(number.replace(',', '.')).doubleValue());
            } catch (NumberFormatException e) {
                // Told below in the user's words.
            }
        }
        throw new ParameterException(spec.commandLine(), Localization.format("cli.survey.labelForm", text));
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
