package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.validation.pack.RulePack;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text of the validator follows the one language rule of {@link MessageLanguage}: findings'
 * messages (standard and a rule pack's) and one-line forms, their cells' labels and values, the
 * result's text, the rules' descriptions and sources. Each text in the locale asked for equals the text in the language the
 * rule picks, and the two languages differ, so a text that ignored its locale would fail here.
 */
class LanguagesTest {

    // An error (T4-TOTAL, a table IV total one too high), an info (NOT-ASSESSED, naming an unknown
    // cell whose value is a word of each language) and a rule pack's own relation with its own
    // messages (the provincial example's EX-DISCLOSED-WITHIN-RECEIVED), in one result.
    private static final ValidationResult RESULT = ReportValidator.builder().clock(Reports.CLOCK)
            .rulePack(RulePack.read(Path.of("../docs/rule-packs/provincial-example.json"))).build().validate(broken());

    private static AnnualReport broken() {
        Edition e = Edition.V2021;
        AnnualReport r = Reports.plus(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), 1);
        r = Reports.plus(Reports.plus(r, Reports.t3(e, ApplicationRow.DISCLOSED, Applicant.TOTAL), 500),
                Reports.t3(e, ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON), 500);
        return Reports.with(r, Reports.t4(e, ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.UPHELD), Count.unknown(null));
    }

    @ParameterizedTest
    @CsvSource({"en, ENGLISH", "en-US, ENGLISH", "en-GB, ENGLISH", "zh-CN, CHINESE", "zh-TW, CHINESE", "'', CHINESE",
            "fr, CHINESE"})
    void everyTextIsInTheLanguageTheRulePicks(String tag, MessageLanguage expected) {
        Locale locale = Locale.forLanguageTag(tag);
        Locale picked = expected.locale();
        assertFalse(RESULT.findings(Severity.ERROR).isEmpty());
        assertFalse(RESULT.findings(Severity.INFO).isEmpty());
        assertFalse(RESULT.findings("EX-DISCLOSED-WITHIN-RECEIVED").isEmpty());
        same(RESULT::format, locale, picked);
        for (Finding f : RESULT.findings()) {
            same(f::message, locale, picked);
            same(f::format, locale, picked);
            for (FindingCell c : f.cells()) {
                same(c::label, locale, picked);
                assertEquals(c.value(picked), c.value(locale), c::toString);
            }
        }
        for (StandardRule rule : StandardRule.values()) {
            same(rule::description, locale, picked);
            same(rule::source, locale, picked);
        }
    }

    private static void same(Function<Locale, String> text, Locale asked, Locale picked) {
        assertEquals(text.apply(picked), text.apply(asked), asked::toLanguageTag);
        assertNotEquals(text.apply(Locale.ENGLISH), text.apply(Locale.SIMPLIFIED_CHINESE), "both languages exist");
    }

    @Test
    void theFormsWithoutLocaleAreChinese() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals(RESULT.format(zh), RESULT.toString());
        for (Finding f : RESULT.findings()) {
            assertEquals(f.message(zh), f.message());
            assertEquals(f.format(zh), f.toString());
            for (FindingCell c : f.cells()) {
                assertEquals(c.label(zh), c.label());
                assertEquals(c.value(zh), c.value());
            }
        }
        for (StandardRule rule : StandardRule.values()) {
            assertEquals(rule.description(zh), rule.description());
            assertEquals(rule.source(zh), rule.source());
        }
        boolean wordsDiffer = RESULT.findings().stream().flatMap(f -> f.cells().stream())
                .anyMatch(c -> !c.value(Locale.ENGLISH).equals(c.value()));
        assertTrue(wordsDiffer, "the unknown cell's value is a word, different in English");
    }

    @Test
    void aNullLocaleIsRefused() {
        Finding f = RESULT.findings().get(0);
        assertThrows(NullPointerException.class, () -> f.message(null));
        assertThrows(NullPointerException.class, () -> f.cells().get(0).label(null));
        assertThrows(NullPointerException.class, () -> f.cells().get(0).value(null));
        assertThrows(NullPointerException.class, () -> StandardRule.T4_TOTAL.description(null));
        assertThrows(NullPointerException.class, () -> RESULT.format(null));
    }
}
