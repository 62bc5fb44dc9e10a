package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Assertions on findings. */
final class Expect {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z.]+\\}");

    private Expect() {
    }

    /** Asserts that every finding is of {@code rule} and returns them. */
    static List<Finding> only(ValidationResult result, StandardRule rule, int count) {
        List<String> ids = result.findings().stream().map(Finding::ruleId).toList();
        assertEquals(java.util.Collections.nCopies(count, rule.id()), ids, () -> result.toString());
        result.findings().forEach(Expect::messages);
        result.findings().forEach(f -> assertEquals(rule.defaultSeverity(), f.severity()));
        return result.findings();
    }

    /** Asserts the finding's cells are exactly these, in order. */
    static void cells(Finding finding, CellKey... keys) {
        assertEquals(Arrays.stream(keys).map(CellKey::path).toList(), paths(finding), finding::toString);
    }

    static List<ReportPath> paths(Finding finding) {
        return finding.cells().stream().map(FindingCell::path).toList();
    }

    /** Both languages format completely, differently, and without falling back to the missing-message text. */
    static void messages(Finding f) {
        String zh = f.message();
        String en = f.message(Locale.ENGLISH);
        assertFalse(PLACEHOLDER.matcher(zh).find(), zh);
        assertFalse(PLACEHOLDER.matcher(en).find(), en);
        assertNotEquals(zh, en);
        assertTrue(f.catalog().template(f.messageKey(), Locale.ROOT).isPresent(), f.messageKey());
        assertTrue(f.catalog().template(f.messageKey(), Locale.ENGLISH).isPresent(), f.messageKey());
    }
}
