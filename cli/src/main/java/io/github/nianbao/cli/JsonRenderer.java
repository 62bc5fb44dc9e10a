package io.github.nianbao.cli;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
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
 * JSON Lines, one {@code "type": "report"} object per input report, then one
 * {@code "type": "summary"} object, whatever the inputs are (one file, a directory mixing kinds,
 * JSON Lines, standard input). Every finding has its rule id, severity, message and cells (JSON
 * Pointer, labels, value, state, role, period and weight); every problem its code, pointer and
 * line:column. {@code <}, {@code >}, {@code &} and the line separators U+2028 and U+2029 are
 * written as {@code uXXXX escapes} escapes, so that the output can be embedded in an HTML page's
 * {@code <script>} without closing it. Thread-safe.
 */
final class JsonRenderer implements OutcomeRenderer {

    /** The version of the output shape, in every line, raised when the shape changes incompatibly. */
    static final int OUTPUT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build();
    private static final byte[] NOTHING = new byte[0];

    private final Language lang;

    JsonRenderer(Language lang) {
        this.lang = lang;
    }

    @Override
    public byte[] head(Tally tally) {
        return NOTHING;
    }

    /** One compact line, with its newline. */
    @Override
    public byte[] render(Outcome o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            g.writeStartObject();
            g.writeStringProperty("type", "report");
            g.writeNumberProperty("outputVersion", OUTPUT_VERSION);
            g.writeStringProperty("source", o.source());
            g.writeStringProperty("verdict", o.verdict().word());
            if (o.isReadable()) {
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
        if (f.expected().isPresent()) {
            g.writeStringProperty("expected", f.expected().get());
        }
        if (f.actual().isPresent()) {
            g.writeStringProperty("actual", f.actual().get());
        }
        g.writeName("cells");
        g.writeStartArray();
        for (FindingCell c : f.cells()) {
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
        g.writeEndObject();
    }

    /** The summary line: {@code {"type": "summary", "reports": …}}, with its newline. */
    @Override
    public byte[] tail(Tally t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            g.writeStartObject();
            g.writeStringProperty("type", "summary");
            g.writeNumberProperty("outputVersion", OUTPUT_VERSION);
            g.writeNumberProperty("reports", t.reports);
            g.writeNumberProperty("passed", t.passed);
            g.writeNumberProperty("incomplete", t.incomplete);
            g.writeNumberProperty("failed", t.failed);
            g.writeNumberProperty("unreadable", t.unreadable);
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
