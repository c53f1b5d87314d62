package fi.polku.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a map in the canonical form of the file format: keys in the documented order, two-space
 * indentation, {@code \n} line ends, a final newline, no BOM, and empty optional values left out, so
 * that the same map always gives the same bytes and a git diff shows only real changes.
 */
final class CanonicalMapWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        PRETTY = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private final JsonGenerator g;

    private CanonicalMapWriter(JsonGenerator g) {
        this.g = g;
    }

    static byte[] write(JourneyMap map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            new CanonicalMapWriter(g).map(map);
            g.flush();
            bytes.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private void map(JourneyMap m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Migrations.CURRENT_VERSION);
        text("id", m.id());
        text("title", m.title());
        text("description", m.description());
        text("language", m.language());
        text("scenario", m.scenario());
        text("created", m.created() == null ? null : m.created().toString());
        text("modified", m.modified() == null ? null : m.modified().toString());
        if (!m.personas().isEmpty()) {
            g.writeArrayFieldStart("personas");
            for (Persona p : m.personas()) {
                g.writeStartObject();
                text("id", p.id());
                text("name", p.name());
                text("description", p.description());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("stages");
        for (Stage s : m.stages()) {
            g.writeStartObject();
            text("id", s.id());
            text("name", s.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lanes");
        for (Lane l : m.lanes()) {
            g.writeStartObject();
            text("id", l.id());
            text("name", l.name());
            text("kind", word(l.kind()));
            text("channel", word(l.channel()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("touchpoints");
        for (Touchpoint t : m.touchpoints()) {
            touchpoint(t);
        }
        g.writeEndArray();
        connections(m.connections());
        metrics(m.metrics());
        opportunities(m.opportunities());
        g.writeEndObject();
    }

    private void touchpoint(Touchpoint t) throws IOException {
        g.writeStartObject();
        text("id", t.id());
        text("title", t.title());
        text("description", t.description());
        text("stage", t.stageId());
        text("lane", t.laneId());
        number("importance", t.importance());
        number("emotion", t.emotion());
        text("owner", t.owner());
        texts("tags", t.tags());
        text("notes", t.notes());
        text("evidence", word(t.evidence()));
        if (!t.measurements().isEmpty()) {
            g.writeArrayFieldStart("measurements");
            for (Measurement x : t.measurements()) {
                g.writeStartObject();
                text("metric", x.metric());
                number("value", x.value());
                if (x.n() != null) {
                    g.writeNumberField("n", x.n());
                }
                number("ciLow", x.ciLow());
                number("ciHigh", x.ciHigh());
                text("dateFrom", x.dateFrom() == null ? null : x.dateFrom().toString());
                text("date", x.date() == null ? null : x.date().toString());
                text("source", x.source());
                text("evidence", word(x.evidence()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!t.targets().isEmpty()) {
            g.writeObjectFieldStart("targets");
            for (Map.Entry<String, Double> e : new TreeMap<>(t.targets()).entrySet()) {
                number(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void connections(List<Connection> connections) throws IOException {
        if (connections.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("connections");
        for (Connection c : connections) {
            g.writeStartObject();
            text("id", c.id());
            text("from", c.from());
            text("to", c.to());
            text("label", c.label());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void metrics(List<MetricDefinition> metrics) throws IOException {
        if (metrics.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("metrics");
        for (MetricDefinition d : metrics) {
            g.writeStartObject();
            text("id", d.id());
            text("name", d.name());
            text("unit", d.unit());
            number("min", d.min());
            number("max", d.max());
            text("direction", word(d.direction()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void opportunities(List<Opportunity> opportunities) throws IOException {
        if (opportunities.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("opportunities");
        for (Opportunity o : opportunities) {
            g.writeStartObject();
            text("id", o.id());
            text("text", o.text());
            texts("touchpoints", o.touchpointIds());
            ValueEstimate e = o.estimate();
            if (e != null) {
                g.writeObjectFieldStart("estimate");
                number("customersPerOccurrence", e.customersPerOccurrence());
                number("shareConverting", e.shareConverting());
                number("valuePerCustomer", e.valuePerCustomer());
                number("occurrencesPerDay", e.occurrencesPerDay());
                number("daysPerYear", e.daysPerYear());
                text("currency", e.currency());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void text(String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(key, value);
        }
    }

    private void texts(String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Whole numbers are written without a fraction (4, not 4.0); -0.0 keeps its sign so it reads back equal. */
    private void number(String key, Double value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(key);
        double v = value;
        boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    private static String word(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
