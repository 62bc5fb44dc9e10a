package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of the decoder, and of the validator on whatever the decoder accepts.
 * In the normal build it replays the committed corpus under
 * {@code src/test/resources/io/github/nianbao/serialization/ReportJsonFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} (see {@code scripts/fuzz.sh}) it searches for new inputs.
 *
 * <p>The property: every input gives a {@link DecodeResult} that is consistent (a report exactly
 * when there is no error, the problems formatted in both languages, a fatal problem last), the same
 * for byte, stream and, for clean UTF-8, text input; an accepted report survives the round trip
 * and validates without throwing; and nothing takes more than {@link InputBudget#PER_INPUT}.
 */
class ReportJsonFuzzTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    static {
        // Every class is loaded (and, when fuzzing, instrumented) once, before any input's time is taken.
        check(JSON.encodeToBytes(Fixtures.distinct(Edition.V2021, Edition.V2021)));
        check(JSON.encodeToBytes(Fixtures.distinct(Edition.V2019, Edition.V2019)));
        check("{\"formatVersion\":2,\"x\":[1.5]}".getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest
    void decode(byte[] input) {
        InputBudget.within(() -> check(input));
    }

    private static Void check(byte[] input) {
        DecodeResult result = JSON.decode(input);
        checkConsistent(result);
        DecodeResult streamed = JSON.decode(new ByteArrayInputStream(input));
        assertSame(result, streamed, "stream");
        String text = cleanUtf8WithoutBom(input);
        boolean notUtf8 = result.problems().stream().anyMatch(p -> p.code() == ProblemCode.ENCODING_NOT_UTF8);
        if (text != null && !notUtf8) {
            assertSame(result, JSON.decode(text), "text");
        }
        result.report().ifPresent(ReportJsonFuzzTest::roundTripAndValidate);
        return null;
    }

    static void checkConsistent(DecodeResult r) {
        assertNotNull(r);
        assertEquals(r.isSuccess(), r.report().isPresent());
        // Strict mode has no warnings: a report comes exactly when nothing is wrong.
        assertEquals(r.isSuccess(), r.problems().isEmpty(), r::toString);
        assertTrue(r.problems().size() <= JSON.maxProblems() + 1, () -> r.problems().size() + " problems");
        List<JsonProblem> problems = r.problems();
        for (int i = 0; i < problems.size(); i++) {
            JsonProblem p = problems.get(i);
            assertNotNull(p.code());
            assertTrue(p.line() >= 0 && p.column() >= 0, p::toString);
            assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p::toString);
            assertFalse(p.message(Locale.SIMPLIFIED_CHINESE).isBlank());
            assertFalse(p.message(Locale.ENGLISH).isBlank());
            p.describe(Locale.ENGLISH);
            if (p.code().isFatal()) {
                assertEquals(problems.size() - 1, i, () -> "a fatal problem is the last one: " + r);
            }
        }
        if (!r.isSuccess()) {
            ReportJsonException e = assertThrows(ReportJsonException.class, r::orElseThrow);
            assertEquals(problems, e.problems());
        }
    }

    private static void assertSame(DecodeResult want, DecodeResult got, String how) {
        assertEquals(want.report(), got.report(), how);
        assertEquals(want.problems(), got.problems(), how);
        assertEquals(want.isTruncated(), got.isTruncated(), how);
    }

    static void roundTripAndValidate(AnnualReport report) {
        String encoded = JSON.encode(report);
        DecodeResult again = JSON.decode(encoded);
        assertEquals(List.of(), again.problems(), encoded);
        assertEquals(report, again.report().orElseThrow());
        assertEquals(encoded, JSON.encode(again.report().orElseThrow()));
        ValidationResult v = VALIDATOR.validate(report);
        ValidationResult crossYear = VALIDATOR.validate(report, report);
        for (ValidationResult result : List.of(v, crossYear)) {
            for (Finding f : result.findings()) {
                assertFalse(f.message(Locale.SIMPLIFIED_CHINESE).isBlank());
                assertFalse(f.message(Locale.ENGLISH).isBlank());
                f.cells().forEach(c -> assertNotNull(c.toString()));
            }
            result.format(Locale.ENGLISH);
        }
    }

    // The text overload must agree with the byte overload on input that decodes cleanly.
    private static String cleanUtf8WithoutBom(byte[] input) {
        if (input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb && (input[2] & 0xff) == 0xbf) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
