package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every diagnostic has a message in Chinese and in English, formatted lazily with its arguments. */
class DiagnosticMessagesTest {

    @Test
    void everyIssueHasBothMessages() {
        for (ImportIssue issue : ImportIssue.values()) {
            ImportDiagnostic d = new ImportDiagnostic(issue, SourceLocation.at(3, 7), null, null,
                    List.of("甲", 12, "乙", 3, "丙"));
            String zh = d.message();
            String en = d.message(Locale.ENGLISH);
            assertFalse(zh.isBlank(), issue::name);
            assertFalse(en.isBlank(), issue::name);
            assertNotEquals(zh, en, issue::name);
            assertFalse(zh.contains("{") || en.contains("{"), () -> issue + ": " + zh + " / " + en);
            assertEquals(zh, d.message(Locale.CHINA));
            assertTrue(d.toString().startsWith(issue.severity() + " 3:7 [" + issue.key() + "] "), d::toString);
        }
    }

    @Test
    void catalogueArgumentsAreRenderedInTheMessageLanguage() {
        CellKey key = Layout.of(Section.APPLICATIONS, Edition.V2021).cells().get(0);
        ImportDiagnostic d = new ImportDiagnostic(ImportIssue.CELL_UNREADABLE, SourceLocation.html("html > body > table > tbody > tr:nth-child(4) > td:nth-child(3)"),
                key, null, List.of("十二"));
        assertEquals(key.path(), d.path().orElseThrow());
        assertTrue(d.toString(Locale.ENGLISH).contains("tr:nth-child(4)"));
        ImportDiagnostic row = new ImportDiagnostic(ImportIssue.ROW_MISSING, null, null, key.path().parent(),
                List.of(ApplicationRow.NEWLY_RECEIVED, Section.APPLICATIONS));
        assertTrue(row.message().contains(ApplicationRow.NEWLY_RECEIVED.label()));
        assertTrue(row.message(Locale.ENGLISH).contains(ApplicationRow.NEWLY_RECEIVED.englishLabel()));
        assertFalse(row.message(Locale.ENGLISH).contains(ApplicationRow.NEWLY_RECEIVED.label()));
    }

    /**
     * The language rule of {@link MessageLanguage} for diagnostics: the message and the one-line form
     * in the locale asked for equal those in the language the rule picks, catalogue arguments
     * included; the forms without a locale are the Chinese ones.
     */
    @ParameterizedTest
    @CsvSource({"en, ENGLISH", "en-US, ENGLISH", "en-GB, ENGLISH", "zh-CN, CHINESE", "zh-TW, CHINESE", "'', CHINESE",
            "fr, CHINESE"})
    void everyMessageFollowsTheLanguageRule(String tag, MessageLanguage expected) {
        Locale locale = Locale.forLanguageTag(tag);
        CellKey key = Layout.of(Section.APPLICATIONS, Edition.V2021).cells().get(0);
        ImportDiagnostic d = new ImportDiagnostic(ImportIssue.ROW_MISSING, SourceLocation.at(2, 1), null, key.path().parent(),
                List.of(ApplicationRow.NEWLY_RECEIVED, Section.APPLICATIONS, List.of(key, ApplicationRow.TOTAL_HANDLED)));
        assertEquals(d.message(expected.locale()), d.message(locale));
        assertEquals(d.toString(expected.locale()), d.toString(locale));
        assertTrue(d.message(locale).contains(ApplicationRow.NEWLY_RECEIVED.label(expected.locale())), d.message(locale));
        assertNotEquals(d.message(Locale.ENGLISH), d.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(d.message(Locale.SIMPLIFIED_CHINESE), d.message());
        assertEquals(d.toString(Locale.SIMPLIFIED_CHINESE), d.toString());
        assertThrows(NullPointerException.class, () -> d.message(null));
    }

    @Test
    void locationsAreLineColumnOrHtmlPath() {
        assertEquals("12:5", SourceLocation.at(12, 5).toString());
        assertEquals(12, SourceLocation.at(12, 5).line().getAsInt());
        assertTrue(SourceLocation.html("p").line().isEmpty());
        assertEquals(SourceLocation.at(1, 1), SourceLocation.at(1, 1));
    }
}
