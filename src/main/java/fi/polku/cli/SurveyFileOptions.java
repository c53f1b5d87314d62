package fi.polku.cli;

import fi.polku.io.survey.ColumnMapping;
import fi.polku.io.survey.LabelTable;
import fi.polku.io.survey.NeedsQuestionsException;
import fi.polku.io.survey.SurveyField;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyMappings;
import fi.polku.io.survey.SurveyPreview;
import fi.polku.io.survey.SurveyQuestion;
import fi.polku.io.survey.WideLayout;
import fi.polku.io.table.ColumnNames;
import fi.polku.model.JourneyMap;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;
import fi.polku.text.Localization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
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

    /** The mapping the map saved for the file's header, used because no --question was given; or null. */
    SurveyMapping usedSaved;
    /** The file's first non-blank rows (its header rows among them), or null when they could not be read. */
    List<List<String>> firstRows;

    /** Import options with the sheet, column mapping, questions and labels given on the command line. */
    SurveyImportOptions importOptions() {
        return importOptions(questions.stream().map(this::question).toList(), LabelTable.builtIn());
    }

    /**
     * Import options for {@code file} into {@code map}: as given on the command line, or with no --question,
     * the questions and labels the map saved for the file's header (said on {@code err}), the --label labels
     * added to them.
     */
    SurveyImportOptions importOptions(JourneyMap map, Path file, PrintWriter err) {
        firstRows = firstRows(file);
        List<SurveyQuestion> given = questions.stream().map(this::question).toList();
        if (given.isEmpty() && map != null && firstRows != null) {
            usedSaved = SurveyMappings.find(map, firstRows.getFirst()).orElse(null);
            if (usedSaved != null) {
                err.println(Localization.format("cli.survey.usingSaved", usedSaved.name(), usedSaved.questions().size()));
                err.flush();
                return importOptions(SurveyMappings.questions(usedSaved), SurveyMappings.labels(usedSaved))
                        .withMap(map);
            }
        }
        return importOptions(given, LabelTable.builtIn()).withMap(map);
    }

    private SurveyImportOptions importOptions(List<SurveyQuestion> mapped, LabelTable base) {
        ColumnMapping mapping = ColumnMapping.defaults();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            mapping = mapping.with(field(e.getKey()), e.getValue());
        }
        LabelTable table = base;
        for (String label : labels) {
            table = label(table, label);
        }
        return SurveyImportOptions.defaults().withColumns(mapping).withSheet(sheet).withQuestions(mapped)
                .withLabels(table);
    }

    /**
     * The mapping to save in {@code map} after a wide import with {@code options}: its questions on the
     * map's cards and its labels, under the file's header; null for a long table or an unread header.
     */
    SurveyMapping mappingToSave(JourneyMap map, Path file, SurveyImportOptions options) {
        if (options.questions().isEmpty() || firstRows == null) {
            return null;
        }
        List<QuestionLink> links = SurveyMappings.links(map, firstRows, options.questions());
        return links.isEmpty() ? null : SurveyMappings.of(firstRows.getFirst(), file.getFileName().toString(), links,
                SurveyMappings.userLabels(options.labels()));
    }

    /** The first rows of the file, enough for its header rows, or null: the import then says what is wrong. */
    private List<List<String>> firstRows(Path file) {
        try {
            SurveyPreview preview = SurveyPreview.read(file, sheet, WideLayout.MAX_HEADER_ROWS - 1);
            if (preview.header().isEmpty()) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(preview.header());
            rows.addAll(preview.rows());
            return rows;
        } catch (IOException | SurveyFileException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Prints why a survey file could not be read; for a wide file given without --question, which question
     * columns it has and how to map them.
     */
    static void printFileProblem(SurveyFileException e, Path file, PrintWriter err) {
        printFileProblem(e, file, null, err);
    }

    /**
     * As {@link #printFileProblem(SurveyFileException, Path, PrintWriter)}; with a map, a wide file given
     * without --question is also told that the map has no mapping saved for its header.
     */
    static void printFileProblem(SurveyFileException e, Path file, Path map, PrintWriter err) {
        boolean maybeWide = e.problem().message().key().equals("io.survey.missingColumns");
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
            if (maybeWide) {
                // A wide export of a tool Polku does not know looks like a long table without its columns.
                err.println(Localization.format("cli.survey.maybeWide"));
            }
        }
        if ((e instanceof NeedsQuestionsException || maybeWide) && map != null) {
            err.println(Localization.format("cli.survey.noSavedMapping", map));
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
