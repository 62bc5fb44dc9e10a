package io.github.nianbao.cli;

import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.samples.generator.ExpectedFinding;
import io.github.nianbao.samples.generator.InvalidReport;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One line of {@code generate --expected}: the line of the report it belongs to, its mutation and
 * every finding the standard validator must produce, with the same member names as
 * {@code validate --format json}.
 */
final class ExpectedFindingsLine {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ExpectedFindingsLine() {
    }

    static String of(long line, InvalidReport broken) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartObject();
            g.writeNumberProperty("line", line);
            g.writeStringProperty("mutation", broken.mutation().name());
            g.writeStringProperty("change", broken.change());
            g.writeName("findings");
            g.writeStartArray();
            for (ExpectedFinding f : broken.expected()) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", f.ruleId());
                g.writeStringProperty("severity", f.severity().name());
                pointers(g, "cells", f.cells());
                pointers(g, "previousYearCells", f.previousYearCells());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private static void pointers(JsonGenerator g, String name, List<ReportPath> paths) {
        g.writeName(name);
        g.writeStartArray();
        for (ReportPath p : paths) {
            g.writeString(p.toJsonPointer());
        }
        g.writeEndArray();
    }
}
