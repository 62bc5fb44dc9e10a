package io.github.nianbao.cli;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Fingerprints;
import io.github.nianbao.validation.RelationResult;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders outcomes for machines, always in one shape (docs/CLI-JSON.md, cli-output.schema.json):
 * JSON Lines, one {@code "type": "run"} object saying what the run was done with, one
 * {@code "type": "report"} object per input report, then one {@code "type": "summary"} object,
 * whatever the inputs are (one file, a directory mixing kinds, JSON Lines, standard input). Every
 * report has its verdict and acceptance decision; every finding its rule id, severity, message,
 * fingerprint and cells (JSON Pointer, labels, value, state, role, period and weight); every problem
 * its code, pointer and line:column. {@code <}, {@code >}, {@code &} and the line separators U+2028 and U+2029 are
 * written as {@code uXXXX escapes} escapes, so that the output can be embedded in an HTML page's
 * {@code <script>} without closing it. Thread-safe.
 */
final class JsonRenderer implements OutcomeRenderer {

    /** The version of the output shape, in every line, raised when the shape changes incompatibly. */
    static final int OUTPUT_VERSION = 2;

    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build();
    private final Language lang;
    private final RunHeader run;

    JsonRenderer(Language lang, RunHeader run) {
        this.lang = lang;
        this.run = run;
    }

    /** The run line: what the run was done with, with its newline. */
    @Override
    public byte[] head(Tally tally) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            begin(g, "run");
            g.writeStringProperty("nianbao", run.nianbao());
            g.writeStringProperty("catalogue", run.catalogue());
            g.writeName("rulePack");
            g.writeStartObject();
            g.writeStringProperty("id", run.packId());
            g.writeStringProperty("version", run.packVersion());
            if (run.packSha256() != null) {
                g.writeStringProperty("sha256", run.packSha256());
            }
            g.writeEndObject();
            g.writeName("options");
            g.writeStartObject();
            g.writeStringProperty("failOn", run.failOn());
            g.writeStringProperty("lang", run.lang());
            strings(g, "disable", run.disabled());
            g.writeName("severityOf");
            g.writeStartObject();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(run.severityOf()).entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            strings(g, "rule", run.rules());
            if (run.severity() != null) {
                g.writeStringProperty("severity", run.severity());
            }
            if (run.baselineSha256() != null) {
                g.writeStringProperty("baselineSha256", run.baselineSha256());
            }
            g.writeBooleanProperty("likelyCauses", run.likelyCauses());
            g.writeBooleanProperty("allResults", run.allResults());
            g.writeEndObject();
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    // Every line starts alike: what it is, and the version of the shape.
    private static void begin(JsonGenerator g, String type) {
        g.writeStartObject();
        g.writeStringProperty("type", type);
        g.writeNumberProperty("outputVersion", OUTPUT_VERSION);
    }

    private static void strings(JsonGenerator g, String name, java.util.List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }


    /** One compact line, with its newline. */
    @Override
    public byte[] render(Outcome o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            begin(g, "report");
            g.writeStringProperty("source", o.source());
            g.writeStringProperty("verdict", o.verdict().word());
            if (o.sha256() != null) {
                g.writeStringProperty("sha256", o.sha256());
            }
            if (o.isReadable()) {
                g.writeStringProperty("decision", o.decisionWord());
                g.writeStringProperty("agency", o.report().agency());
                g.writeNumberProperty("reportYear", o.report().reportYear());
                g.writeStringProperty("edition", o.report().edition().name());
                g.writeBooleanProperty("hybrid", o.report().isHybrid());
                g.writeNumberProperty("unknownCells", o.unknownCells());
                g.writeName("missingTables");
                g.writeStartArray();
                for (Section s : o.missingTables()) {
                    g.writeString(s.key());
                }
                g.writeEndArray();
                g.writeNumberProperty("assessedRelations", o.result().assessedRelations());
                g.writeNumberProperty("notAssessedRelations", o.notAssessed());
                g.writeName("findings");
                g.writeStartArray();
                for (Finding f : o.findings()) {
                    finding(g, f);
                }
                g.writeEndArray();
                if (run.allResults()) {
                    g.writeName("relations");
                    g.writeStartArray();
                    for (RelationResult r : o.result().relationResults()) {
                        relation(g, r);
                    }
                    g.writeEndArray();
                }
            }
            g.writeName("problems");
            g.writeStartArray();
            for (Problem p : o.problems()) {
                problem(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void problem(JsonGenerator g, Problem p) {
        g.writeStartObject();
        g.writeStringProperty("code", p.code());
        g.writeStringProperty("severity", p.severity().name());
        if (p.pointer() != null) {
            g.writeStringProperty("pointer", p.pointer());
        }
        if (p.line() > 0) {
            g.writeNumberProperty("line", p.line());
            g.writeNumberProperty("column", p.column());
        }
        if (p.htmlPath() != null) {
            g.writeStringProperty("htmlPath", p.htmlPath());
        }
        if (p.table() != null) {
            g.writeStringProperty("table", p.table().key());
        }
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
    }

    private void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        g.writeStringProperty("severity", f.severity().name());
        g.writeStringProperty("message", f.message(lang.locale()));
        g.writeStringProperty("fingerprint", Fingerprints.of(f));
        if (f.expected().isPresent()) {
            g.writeStringProperty("expected", f.expected().get());
        }
        if (f.actual().isPresent()) {
            g.writeStringProperty("actual", f.actual().get());
        }
        cells(g, "cells", f.cells());
        g.writeEndObject();
    }

    // One entry of the full result log (--all-results): the relation, its status and its cells.
    private void relation(JsonGenerator g, RelationResult r) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", r.ruleId());
        g.writeStringProperty("status", r.status().name());
        g.writeStringProperty("fingerprint", r.fingerprint());
        if (r.imbalance().isPresent()) {
            g.writeNumberProperty("imbalance", r.imbalance().getAsLong());
        }
        cells(g, "cells", r.cells());
        if (!r.keptBy().isEmpty()) {
            cells(g, "keptBy", r.keptBy());
        }
        g.writeEndObject();
    }

    private void cells(JsonGenerator g, String name, java.util.List<FindingCell> cells) {
        g.writeName(name);
        g.writeStartArray();
        for (FindingCell c : cells) {
            g.writeStartObject();
            g.writeStringProperty("pointer", c.path().toJsonPointer());
            g.writeStringProperty("label", c.label(lang.locale()));
            g.writeStringProperty("value", c.value(lang.locale()));
            g.writeStringProperty("state", c.state().name());
            g.writeStringProperty("role", c.role().name());
            g.writeStringProperty("period", c.period().name());
            g.writeNumberProperty("weight", c.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The summary line: {@code {"type": "summary", "reports": …}}, with its newline. */
    @Override
    public byte[] tail(Tally t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            begin(g, "summary");
            g.writeNumberProperty("reports", t.reports);
            g.writeNumberProperty("passed", t.passed);
            g.writeNumberProperty("incomplete", t.incomplete);
            g.writeNumberProperty("failed", t.failed);
            g.writeNumberProperty("unreadable", t.unreadable);
            g.writeNumberProperty("accepted", t.accepted);
            g.writeNumberProperty("acceptedWithWarnings", t.acceptedWithWarnings);
            g.writeNumberProperty("returned", t.returned);
            g.writeNumberProperty("unknownCells", t.unknownCells);
            g.writeNumberProperty("notAssessedRelations", t.notAssessed);
            for (Severity s : Severity.values()) {
                g.writeNumberProperty(s.name().toLowerCase(Locale.ROOT) + "s", t.count(s));
            }
            g.writeName("byRule");
            g.writeStartObject();
            for (Map.Entry<String, Long> e : t.byRule.entrySet()) {
                g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberProperty("exitStatus", t.status());
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** The standard JSON escapes, and {@code < > &} U+2028 U+2029 as {@code uXXXX escapes} escapes. */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        HtmlSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
        }
    }
}
