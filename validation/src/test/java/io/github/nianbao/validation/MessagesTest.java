package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.validation.internal.Messages;
import io.github.nianbao.validation.internal.PropertiesCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every rule has its messages in both languages, and the JVM's default locale never leaks in. */
class MessagesTest {

    private static final PropertiesCatalog STANDARD = Messages.STANDARD;

    @Test
    void placeholdersAreFilledOnceAndUnknownNamesStayText() {
        // Templates are compiled once and cached; filling must not depend on what was filled before.
        MessageCatalog catalog = (key, locale) -> Optional.of("{a{b}} {c}{c} {x} {} { } }{ {");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("b", "{c}");
        arguments.put("c", null);
        arguments.put("", "空");
        for (int i = 0; i < 2; i++) {
            assertEquals("{a{c}}  {x} 空 { } }{ {", Messages.format(catalog, "k", arguments, Locale.ROOT));
        }
        assertEquals("{a{b}} 11 {x} {} { } }{ {", Messages.format(catalog, "k", Map.of("c", "1"), Locale.ROOT));
    }

    @Test
    void everyRuleHasAMessageInBothLanguages() {
        List<String> base = STANDARD.keysOf(Locale.ROOT);
        List<String> english = STANDARD.keysOf(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (StandardRule rule : StandardRule.values()) {
            if (!base.contains(rule.id())) {
                missing.add("zh " + rule.id());
            }
            if (!english.contains(rule.id())) {
                missing.add("en " + rule.id());
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(base, english, "the two languages have the same keys");
    }

    @Test
    void everyRuleIsDescribedWithItsSourceInBothLanguages() {
        for (StandardRule rule : StandardRule.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertFalse(rule.description(locale).isBlank(), rule + " " + locale);
                assertFalse(rule.source(locale).isBlank(), rule + " " + locale);
            }
            assertFalse(rule.description(Locale.ENGLISH).equals(rule.description(Locale.SIMPLIFIED_CHINESE)), rule.id());
        }
    }

    @Test
    void everyRuleHasABeanValidationMessageInBothLanguages() throws Exception {
        Properties base = load("/ContributorValidationMessages.properties");
        Properties zh = load("/ContributorValidationMessages_zh.properties");
        Properties en = load("/ContributorValidationMessages_en.properties");
        for (StandardRule rule : StandardRule.values()) {
            String key = "io.github.nianbao.validation.rule." + rule.id();
            assertTrue(base.containsKey(key), key);
            // The rule's template, resolved the way Hibernate Validator resolves bundle keys, in each language.
            for (Properties language : List.of(zh, en)) {
                String resolved = resolve(base.getProperty(key), language, base);
                assertTrue(resolved.contains("{rule}") && (resolved.contains("{detail}") || resolved.contains("{detailEn}")), resolved);
            }
            assertTrue(resolve(base.getProperty(key), en, base).contains("{detailEn}"));
            assertTrue(resolve(base.getProperty(key), zh, base).contains("{detail}"));
        }
        for (String key : zh.stringPropertyNames()) {
            assertEquals(base.getProperty(key), zh.getProperty(key), "the _zh file repeats the base exactly: " + key);
        }
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
    }

    private static String resolve(String template, Properties language, Properties base) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(io\\.github\\.nianbao[^}]*)\\}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = language.getProperty(m.group(1), base.getProperty(m.group(1)));
            assertTrue(value != null, "no message " + m.group(1));
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(resource);
                var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void defaultLocaleNeverLeaks() {
        Finding f = Reports.VALIDATOR.validate(Reports.plus(Reports.clean(Edition.V2021),
                Reports.t4(Edition.V2021, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), 1)).findings().get(0);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String zh = f.message();
            assertTrue(zh.startsWith("本栏各项结果之和为 4"), zh);
            assertEquals(zh, f.message(Locale.FRENCH), "other languages get the base bundle, Chinese");
            assertEquals(zh, f.message(Locale.TRADITIONAL_CHINESE));
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String en = f.message(Locale.US);
            assertTrue(en.startsWith("Table IV: the outcomes of this block add up to 4"), en);
            assertEquals(zh, f.message(Locale.GERMAN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreNeverReadAsPlaceholders() {
        String agency = "${1+1}{x}#{''}{agency}{previousAgency}";
        var current = Reports.following(Edition.V2021).withMetadata(io.github.nianbao.core.ReportMetadata.of(agency, 2023, Edition.V2021));
        Finding f = Reports.VALIDATOR.validate(current, Reports.previous(Edition.V2021)).findings().get(0);
        assertEquals(StandardRule.PREVIOUS_MISMATCH.id(), f.ruleId());
        assertTrue(f.message().contains("“" + agency + "”"), f.message());
        assertTrue(f.message(Locale.ENGLISH).contains('"' + agency + '"'), f.message(Locale.ENGLISH));
        assertFalse(f.message().contains(Reports.AGENCY + "”2023"));
    }
}
