package io.github.nianbao.validation.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.validation.SumRule;
import io.github.nianbao.validation.internal.StandardSums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16 §4: rule packs in files. */
class RulePackTest {

    private static final Path SHIPPED = Path.of("src/main/resources/io/github/nianbao/validation/pack/national.json");

    static String nationalText() {
        return PackWriter.write("national", "2021.1", "全国统一格式的勾稽关系（国办公开办函〔2019〕60号、〔2021〕30号）",
                "The relations of the national format (2019 trial and 2021 revised)", RulePack.Base.NON_SUM, StandardSums.create());
    }

    @Test
    void theShippedNationalPackStatesTheStandardRelations() throws IOException {
        if (Boolean.getBoolean("nianbao.writeNationalPack")) {
            Files.writeString(SHIPPED, nationalText(), StandardCharsets.UTF_8);
        }
        assertEquals(nationalText(), RulePack.nationalJson(), "national.json is made by PackWriter from StandardSums:"
                + " run this test with -Dnianbao.writeNationalPack=true after changing the standard relations");
        List<SumRule> standard = StandardSums.create();
        List<SumRule> read = RulePack.national().relations();
        assertEquals(standard.size(), read.size());
        for (int i = 0; i < standard.size(); i++) {
            assertEquals(standard.get(i).toString(), read.get(i).toString());
            assertEquals(standard.get(i).terms(), read.get(i).terms());
            assertEquals(standard.get(i).total(), read.get(i).total());
            assertEquals(standard.get(i).quote(), read.get(i).quote());
            assertEquals(standard.get(i).severity(), read.get(i).severity());
        }
    }

    private static RulePackException.Problem onlyProblem(String json) {
        RulePackException e = assertThrows(RulePackException.class, () -> RulePack.read(json, "bad.json"));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    private static String pack(String relations) {
        return "{\n \"packFormat\": 1,\n \"id\": \"t\",\n \"version\": \"1\",\n \"relations\": [\n" + relations + "\n ]\n}\n";
    }

    @Test
    void badPacksGiveLocatedErrors() {
        RulePackException.Problem p = onlyProblem("{\"packFormat\": 1,\n \"id\": \"t\", \"version\": \"1\",\n \"relations\": [}");
        assertEquals(3, p.line());
        assertTrue(p.message(Locale.ENGLISH).startsWith("not JSON"), p::toString);

        p = onlyProblem("{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\",\n \"severitys\": {}}");
        assertEquals(2, p.line());
        assertTrue(p.message(Locale.ENGLISH).contains("unknown member \"severitys\""), p::toString);

        p = onlyProblem(pack("  {\"id\": \"X-1\", \"edition\": \"V2021\",\n   \"terms\": [\"/applications/newlyReceived/naturalPersn\"], \"total\": \"/applications/newlyReceived/total\"}"));
        assertEquals(7, p.line());
        assertEquals("/relations/0/terms/0", p.pointer());
        assertTrue(p.message(Locale.ENGLISH).contains("no count cell of the V2021 form"), p::toString);

        p = onlyProblem(pack("  {\"id\": \"X-1\", \"edition\": \"V2021\", \"terms\": [\"/applications/newlyReceived/naturalPerson\"], \"total\": \"/applications/newlyReceived/total\", \"relation\": \"<=\"},\n"
                + "  {\"id\": \"X-2\", \"edition\": \"V2021\", \"terms\": [\"/applications/newlyReceived/naturalPerson\"], \"total\": \"/applications/newlyReceived/total\", \"relation\": \"<=\"}"));
        assertEquals(7, p.line());
        assertTrue(p.message(Locale.ENGLISH).startsWith("duplicates the relation at line 6"), p::toString);

        p = onlyProblem(pack("  {\"id\": \"X-1\", \"edition\": \"V2021\", \"terms\": [\"/applications/newlyReceived/total\", \"/applications/newlyReceived/naturalPerson\"], \"total\": \"/applications/newlyReceived/total\"}"));
        assertTrue(p.message(Locale.ENGLISH).contains("is also a term"), p::toString);

        p = onlyProblem(pack("  {\"id\": \"X-1\", \"edition\": \"V2021\", \"terms\": [\"/applications/newlyReceived/naturalPerson\"], \"relation\": \"<=\"}"));
        assertTrue(p.message(Locale.ENGLISH).contains("can hold only when all its cells are 0"), p::toString);

        p = onlyProblem(pack("  {\"id\": \"T4-TOTAL\", \"edition\": \"V2021\", \"terms\": [\"/applications/newlyReceived/naturalPerson\"], \"total\": \"/applications/newlyReceived/total\", \"relation\": \"<=\"}"));
        assertTrue(p.message(Locale.ENGLISH).contains("is a standard rule"), p::toString);

        p = onlyProblem(pack("  {\"id\": \"X-1\", \"edition\": \"V2021\", \"terms\": [{\"cell\": \"/applications/newlyReceived/naturalPerson\", \"weight\": 0}], \"total\": \"/applications/newlyReceived/total\"}"));
        assertEquals("/relations/0/terms/0/weight", p.pointer());

        p = onlyProblem("{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\",\n \"severities\": {\"NO-SUCH\": \"ERROR\"}}");
        assertEquals(2, p.line());
        assertTrue(p.message(Locale.ENGLISH).contains("no rule has the id \"NO-SUCH\""), p::toString);

        p = onlyProblem("{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\",\n \"deadlines\": {\"departments\": \"--02-10\"}}");
        assertTrue(p.message(Locale.ENGLISH).contains("may only set earlier dates"), p::toString);

        p = onlyProblem("{\"packFormat\": 2, \"id\": \"t\", \"version\": \"1\"}");
        assertTrue(p.message(Locale.ENGLISH).contains("must be 1"), p::toString);

        p = onlyProblem("{\"packFormat\": 1, \"id\": \"t\", \"id\": \"u\", \"version\": \"1\"}");
        assertTrue(p.message(Locale.ENGLISH).contains("given twice"), p::toString);

        // Every problem at once, not only the first.
        RulePackException e = assertThrows(RulePackException.class, () -> RulePack.read(
                "{\"packFormat\": 1, \"id\": \"\", \"version\": \"1\", \"base\": \"SOME\", \"disable\": [\"NO\"]}", "bad.json"));
        assertEquals(3, e.problems().size(), e::getMessage);
        assertTrue(e.getMessage().contains("bad.json:1:"), e::getMessage);
    }

    @Test
    void problemsSayWhatIsWrongInChineseAndEnglish() {
        RulePackException e = assertThrows(RulePackException.class, () -> RulePack.read(
                "{\"packFormat\": 1, \"id\": \"p\", \"version\": \"1\",\n \"severitys\": {}, \"disable\": [\"NO-SUCH\"]}", "bad.json"));
        assertEquals(2, e.problems().size(), e::getMessage);
        RulePackException.Problem unknown = e.problems().stream().filter(p -> p.key().equals("pack.unknownMember")).findFirst().orElseThrow();
        assertEquals("severitys", unknown.arguments().get("name"));
        assertTrue(unknown.message().startsWith("未知的成员“severitys”；可用的成员："), unknown::message);
        assertEquals(unknown.message(), unknown.message(Locale.CHINA));
        assertTrue(unknown.message(Locale.UK).startsWith("unknown member \"severitys\"; allowed: "), unknown::toString);
        assertEquals("bad.json:2:15: /severitys: " + unknown.message(), unknown.toString()); // at the member's value
        // The exception's message is the Chinese summary; message(Locale) gives either language.
        assertTrue(e.getMessage().startsWith("规则包有 2 处问题："), e::getMessage);
        assertTrue(e.message(Locale.ENGLISH).startsWith("the rule pack has 2 problem(s):\n  bad.json:2:"), () -> e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.ENGLISH).contains("no rule has the id \"NO-SUCH\""), () -> e.message(Locale.ENGLISH));
        assertTrue(e.getMessage().contains("没有编号为“NO-SUCH”的规则"), e::getMessage);
    }
}
