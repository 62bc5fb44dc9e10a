package io.github.nianbao.cli;

import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Fingerprints;
import io.github.nianbao.validation.RelationResult;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Severity;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders outcomes for machines: one JSON object per report, every finding with its rule id,
 * severity, message and cells (JSON Pointer, labels, value, state). Thread-safe.
 */
final class JsonRenderer {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Language lang;
    private final Severity failOn;

    JsonRenderer(Language lang, Severity failOn) {
        this.lang = lang;
        this.failOn = failOn;
    }

    /** One compact line, without the newline. */
    String render(Outcome o) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartObject();
            g.writeStringProperty("source", o.source());
            g.writeStringProperty("verdict", !o.isReadable() ? "unreadable" : o.fails(failOn) ? "fail" : "pass");
            if (o.isReadable()) {
                g.writeStringProperty("agency", o.report().agency());
                g.writeNumberProperty("reportYear", o.report().reportYear());
                g.writeStringProperty("edition", o.report().edition().name());
                g.writeBooleanProperty("hybrid", o.report().isHybrid());
                g.writeStringProperty("decision", o.result().decision().name());
                g.writeName("findings");
                g.writeStartArray();
                for (Finding f : o.findings()) {
                    finding(g, f);
                }
                g.writeEndArray();
                if (!o.result().relationResults().isEmpty()) { // --all-results
                    g.writeName("relations");
                    g.writeStartArray();
                    for (RelationResult r : o.result().relationResults()) {
                        g.writeStartObject();
                        g.writeStringProperty("ruleId", r.ruleId());
                        g.writeStringProperty("status", r.status().name());
                        if (r.imbalance().isPresent()) {
                            g.writeNumberProperty("imbalance", r.imbalance().getAsLong());
                        }
                        if (!r.keptBy().isEmpty()) {
                            g.writeName("keptBy");
                            g.writeStartArray();
                            for (FindingCell c : r.keptBy()) {
                                g.writeString(c.path().toString());
                            }
                            g.writeEndArray();
                        }
                        g.writeStringProperty("fingerprint", r.fingerprint());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            }
            g.writeName("problems");
            g.writeStartArray();
            for (String p : o.problems()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        g.writeStringProperty("severity", f.severity().name());
        g.writeStringProperty("fingerprint", Fingerprints.of(f));
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
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The run's header: nianbao version, rule pack and its sha256, inputs' sha256; written in the summary. */
    private Map<String, Object> run = Map.of();

    void run(Map<String, Object> header) {
        this.run = header;
    }

    /** The summary as a JSON object of its own: {@code {"summary": {...}}}. */
    String summary(Tally t) {
        return "{" + summaryMember(t) + "}";
    }

    /** The summary as an object member: {@code "summary": {...}}. */
    String summaryMember(Tally t) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartObject();
            g.writeName("summary");
            g.writeStartObject();
            g.writeNumberProperty("reports", t.reports);
            g.writeNumberProperty("passed", t.passed);
            g.writeNumberProperty("failed", t.failed);
            g.writeNumberProperty("unreadable", t.unreadable);
            for (Severity s : Severity.values()) {
                g.writeNumberProperty(s.name().toLowerCase(Locale.ROOT) + "s", t.count(s));
            }
            g.writeName("byRule");
            g.writeStartObject();
            for (Map.Entry<String, Long> e : t.byRule.entrySet()) {
                g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (!run.isEmpty()) {
                g.writeName("run");
                g.writeStartObject();
                for (Map.Entry<String, Object> e : run.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> m) {
                        g.writeName(e.getKey());
                        g.writeStartObject();
                        for (Map.Entry<?, ?> x : m.entrySet()) {
                            g.writeStringProperty(String.valueOf(x.getKey()), String.valueOf(x.getValue()));
                        }
                        g.writeEndObject();
                    } else {
                        g.writeStringProperty(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        String whole = w.toString();
        return whole.substring(1, whole.length() - 1);
    }
}
