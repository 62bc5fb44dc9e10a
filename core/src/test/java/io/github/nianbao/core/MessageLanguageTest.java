package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one language rule, and the catalogue's labels following it: English for the English locales,
 * Chinese for every other (a Chinese variant, the root locale, a language nianbao has no text in),
 * the form without a locale equal to the Chinese one, null refused.
 */
class MessageLanguageTest {

    static Stream<Arguments> locales() {
        return Stream.of(
                Arguments.of(Locale.ENGLISH, MessageLanguage.ENGLISH), Arguments.of(Locale.US, MessageLanguage.ENGLISH),
                Arguments.of(Locale.UK, MessageLanguage.ENGLISH), Arguments.of(Locale.CHINA, MessageLanguage.CHINESE),
                Arguments.of(Locale.TAIWAN, MessageLanguage.CHINESE), Arguments.of(Locale.ROOT, MessageLanguage.CHINESE),
                Arguments.of(Locale.FRENCH, MessageLanguage.CHINESE));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void oneRulePicksTheLanguageOfEveryLabel(Locale locale, MessageLanguage expected) {
        assertEquals(expected, MessageLanguage.of(locale));
        CellKey key = Layout.of(Section.APPLICATIONS, Edition.V2021).cells().get(0);
        ApplicationRow row = ApplicationRow.NEWLY_RECEIVED;
        String wanted = expected.isEnglish() ? row.englishLabel() : row.label();
        assertEquals(wanted, row.label(locale));
        assertEquals(key.describe(expected.locale()), key.describe(locale));
        assertNotEquals(key.describe(Locale.ENGLISH), key.describe(), "the two languages differ");
        assertTrue(key.describe(locale).contains(wanted), key.describe(locale));
    }

    @Test
    void theFormsWithoutLocaleAreChinese() {
        CellKey key = Layout.of(Section.APPLICATIONS, Edition.V2019).cells().get(5);
        assertEquals(MessageLanguage.CHINESE, MessageLanguage.of(MessageLanguage.DEFAULT_LOCALE));
        assertEquals(key.describe(Locale.SIMPLIFIED_CHINESE), key.describe());
        assertEquals(ApplicationRow.NEWLY_RECEIVED.label(Locale.SIMPLIFIED_CHINESE), ApplicationRow.NEWLY_RECEIVED.label());
    }

    @Test
    void nullIsRefusedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> MessageLanguage.of(null));
        assertTrue(e.getMessage().contains("locale"), e.getMessage());
        CellKey key = Layout.of(Section.APPLICATIONS, Edition.V2021).cells().get(0);
        assertThrows(NullPointerException.class, () -> key.describe(null));
        assertThrows(NullPointerException.class, () -> ApplicationRow.NEWLY_RECEIVED.label((Locale) null));
    }
}
