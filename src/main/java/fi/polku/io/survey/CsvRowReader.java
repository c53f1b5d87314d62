package fi.polku.io.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.polku.io.Problem;
import fi.polku.text.Text;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a UTF-8 CSV file (with or without a byte-order mark, quoted fields allowed) through
 * Jackson's CSV parser. The delimiter , ; tab or | is sniffed from the first line.
 */
final class CsvRowReader {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRowReader() {
    }

    static void read(InputStream raw, String fileName, RowSink sink) throws IOException, SurveyFileException {
        BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
        BufferedInputStream in = new BufferedInputStream(counted, SNIFF_BYTES);
        skipByteOrderMark(in);
        char delimiter = sniffDelimiter(in);
        // Refuse bytes that are not UTF-8 instead of silently turning them into replacement characters.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(in, decoder);
        long line = 1;
        try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            // Without column names in the schema, each row arrives as an array of strings.
            List<String> cells = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_ARRAY -> cells.clear();
                    case VALUE_STRING -> {
                        if (cells.isEmpty()) {
                            line = parser.currentTokenLocation().getLineNr();
                        }
                        cells.add(parser.getText());
                    }
                    case END_ARRAY -> sink.row(line, List.copyOf(cells), counted.getCount());
                    default -> throw new IllegalStateException("unexpected CSV token " + token);
                }
            }
        } catch (CharacterCodingException e) {
            // The decoder reads ahead of the parser, so the line being parsed is not where the bad byte is.
            throw new SurveyFileException(new Problem(fileName, 0, 0, "", Text.of("io.survey.notUtf8", line)), e);
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? (int) line : e.getLocation().getLineNr();
            throw new SurveyFileException(new Problem(fileName, at, 1, "", syntaxMessage(e.getOriginalMessage())), e);
        }
    }

    /**
     * Jackson's message said in the io bundle's words: the unclosed quote, which is what a broken survey
     * export almost always has, is recognised; any other is wrapped whole, its detail as Jackson wrote it.
     */
    private static Text syntaxMessage(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.contains("closing quote")) {
            return Text.of("io.survey.unclosedQuote");
        }
        int nl = m.indexOf('\n');
        return Text.of("io.survey.csvUnreadable", nl < 0 ? m : m.substring(0, nl));
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    /** The most frequent candidate delimiter outside quotes on the first line; comma when none occurs. */
    static char sniffDelimiter(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES - 1);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    counts[d] += c == DELIMITERS[d] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return DELIMITERS[best];
    }
}
