package io.github.nianbao.cli;

import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders outcomes as CSV (RFC 4180) for a reviewer's spreadsheet: one row per finding (with the
 * report's verdict and decision, and the finding's fingerprint for a baseline), and one row per ERROR problem of a report that could not be read or was not read whole, under a header
 * row. UTF-8 with a byte order mark, so that Excel opens Chinese correctly; CRLF line ends. A text
 * field that a spreadsheet would take for a formula ({@code = + - @}, a tab or CR first) gets a
 * leading apostrophe. Thread-safe.
 */
final class CsvRenderer implements OutcomeRenderer {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The columns, in order; their names are the header row, the same in every language. */
    static final List<String> COLUMNS = List.of("source", "agency", "year", "verdict", "decision", "ruleId", "severity",
            "pointer", "label", "expected", "actual", "message", "fingerprint");

    private final Language lang;

    CsvRenderer(Language lang) {
        this.lang = lang;
    }

    @Override
    public byte[] head(Tally tally) {
        StringBuilder sb = new StringBuilder();
        row(sb, COLUMNS.toArray(String[]::new));
        byte[] header = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + header.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(header, 0, out, BOM.length, header.length);
        return out;
    }

    @Override
    public byte[] render(Outcome o) {
        StringBuilder sb = new StringBuilder();
        String agency = o.isReadable() ? o.report().agency() : "";
        String year = o.isReadable() ? Integer.toString(o.report().reportYear()) : "";
        String verdict = o.verdict().word();
        String decision = o.decisionWord();
        for (Finding f : o.findings()) {
            FindingCell primary = f.primaryCell().orElse(null);
            row(sb, o.source(), agency, year, verdict, decision, f.ruleId(), f.severity().name(),
                    primary == null ? "" : primary.path().toJsonPointer(),
                    primary == null ? "" : primary.label(lang.locale()),
                    f.expected().orElse(""), f.actual().orElse(""), f.message(lang.locale()), Fingerprints.of(f));
        }
        for (Problem p : o.problems()) {
            if (p.isError()) {
                row(sb, o.source(), agency, year, verdict, decision, p.code(), p.severity().name(), p.pointer() == null ? "" : p.pointer(),
                        p.line() > 0 ? p.line() + ":" + p.column() : "", "", "", p.message(), "");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] tail(Tally tally) {
        return new byte[0];
    }

    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(sb, fields[i]);
        }
        sb.append("\r\n");
    }

    static void field(StringBuilder sb, String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    // A signed number (an expected -3, a change of -12) is a number, not a formula: left as it is.
    private static boolean isNumber(String v) {
        return v.matches("[-+]?[0-9]+(\\.[0-9]+)?");
    }
}
