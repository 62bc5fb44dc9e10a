package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.ReportPath;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveAMessageForEveryCodeAndType() throws Exception {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(ProblemCode.values()).map(ProblemCode::messageKey).forEach(expected::add);
        Arrays.stream(ValueType.values()).map(ValueType::messageKey).forEach(expected::add);
        expected.add("summary");
        assertEquals(expected, keys("/io/github/nianbao/serialization/messages.properties"));
        assertEquals(expected, keys("/io/github/nianbao/serialization/messages_en.properties"));
    }

    @Test
    void chineseIsTheDefaultAndThereIsNoFallbackToTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            JsonProblem p = new JsonProblem(ProblemCode.ROW_NOT_IN_EDITION, Severity.ERROR,
                    ReportPath.of("applications", "otherProcessing"), 3, 5, ApplicationRow.OTHER_PROCESSING, Edition.V2021);
            assertEquals("V2021 版格式没有“" + ApplicationRow.OTHER_PROCESSING.label() + "”这一行", p.message());
            assertEquals(p.message(), p.message(Locale.FRENCH));
            assertEquals(p.message(), p.message(Locale.SIMPLIFIED_CHINESE));
            assertEquals("The V2021 edition has no row \"" + ApplicationRow.OTHER_PROCESSING.englishLabel() + "\"",
                    p.message(Locale.ENGLISH));
            assertEquals(p.message(Locale.ENGLISH), p.message(Locale.UK));
            assertEquals("ERROR ROW_NOT_IN_EDITION /applications/otherProcessing 3:5 " + p.message(), p.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * The language rule of {@link MessageLanguage}, for every text of the codec: a problem's message
     * and description, an exception's message. Each text in the locale asked for equals the text in
     * the language the rule picks; the forms without a locale are the Chinese ones.
     */
    @ParameterizedTest
    @CsvSource({"en, ENGLISH", "en-US, ENGLISH", "en-GB, ENGLISH", "zh-CN, CHINESE", "zh-TW, CHINESE", "'', CHINESE",
            "fr, CHINESE"})
    void everyTextFollowsTheLanguageRule(String tag, MessageLanguage expected) {
        Locale locale = Locale.forLanguageTag(tag);
        JsonProblem p = new JsonProblem(ProblemCode.ROW_NOT_IN_EDITION, Severity.WARNING,
                ReportPath.of("applications", "otherProcessing"), 3, 5, ApplicationRow.OTHER_PROCESSING, Edition.V2021);
        ReportJsonException e = new ReportJsonException(java.util.List.of(p));
        assertEquals(p.message(expected.locale()), p.message(locale));
        assertEquals(p.describe(expected.locale()), p.describe(locale));
        assertEquals(e.getMessage(expected.locale()), e.getMessage(locale));
        assertNotEquals(p.describe(Locale.ENGLISH), p.describe(Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertEquals(p.message(Locale.SIMPLIFIED_CHINESE), p.message());
        assertEquals(p.describe(Locale.SIMPLIFIED_CHINESE), p.toString());
        assertEquals(e.getMessage(Locale.SIMPLIFIED_CHINESE), e.getMessage());
        assertThrows(NullPointerException.class, () -> p.message(null));
        assertThrows(NullPointerException.class, () -> e.getMessage(null));
    }

    @Test
    void typesAreNamedInTheMessagesLanguage() {
        JsonProblem p = new JsonProblem(ProblemCode.WRONG_TYPE, Severity.ERROR, ReportPath.root(), 1, 1,
                ValueType.COUNT_CELL, ValueType.BOOLEAN);
        assertTrue(p.message().startsWith("类型错误"), p.message());
        assertTrue(p.message(Locale.ENGLISH).contains("an integer, null (blank), \"/\" (not applicable) or {\"unknown\": true}"), p.message(Locale.ENGLISH));
        assertEquals(java.util.List.of(ValueType.COUNT_CELL, ValueType.BOOLEAN), p.arguments());
        assertEquals(ProblemCode.WRONG_TYPE.name(), p.messageKey());
    }

    @Test
    void everyCodeFormatsInBothLanguages() {
        for (ProblemCode code : ProblemCode.values()) {
            JsonProblem p = new JsonProblem(code, Severity.ERROR, ReportPath.root(), 1, 1, "a", "b", "c");
            assertNotEquals(p.message(), p.message(Locale.ENGLISH), code::name);
            assertTrue(!p.message().contains("{") && !p.message(Locale.ENGLISH).contains("{"), code::name);
        }
        String all = Arrays.stream(ProblemCode.values()).map(Enum::name).collect(Collectors.joining());
        assertTrue(all.length() > 0);
    }
}
