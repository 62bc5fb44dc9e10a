package io.github.nianbao.validation.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scanners of NarrativeFigures against the patterns they replaced. */
class UnitNumbersTest {

    /** The pattern the scanner replaced, as the reference. */
    private static final Pattern NUMBER = Pattern.compile("([-−]?\\d+(?:\\.\\d+)?)\\s*(件|万元|元)");
    /** Characters that make the cases: digits, signs, points, spaces, units and words. */
    private static final String ALPHABET = "0123456789..--−  \t件件元元万万收到共a，。";

    @Test
    void findsWhatThePatternFinds() {
        Random random = new Random(20261202L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, len = random.nextInt(24); i < len; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertEquals(reference(text), scanned(text), text);
        }
    }

    @Test
    void sentencesAsReportsWriteThem() {
        for (String text : List.of("共收到政府信息公开申请12件，其中自然人申请10件。", "收取信息处理费 0 元", "收费1.5万元、-3件",
                "1.2.5件", ".5件", "3万 元", "3 万元", "12件件", "", "没有数字")) {
            assertEquals(reference(text), scanned(text), text);
        }
    }

    @Test
    void theOfficeIsWhatThePatternFinds() {
        Pattern office = Pattern.compile("[区县市]?政府办公室|[区县市]?政府办|办公室");
        String alphabet = "区县市政府办公室办a";
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, len = random.nextInt(16); i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Matcher m = office.matcher(text);
            assertEquals(m.find() ? m.group() : "", NarrativeFigures.office(text), text);
        }
    }

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "|" + m.group(2));
        }
        return out;
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        UnitNumbers m = new UnitNumbers(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.number() + "|" + m.unit());
        }
        return out;
    }
}
