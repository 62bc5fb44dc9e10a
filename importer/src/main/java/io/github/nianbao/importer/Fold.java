package io.github.nianbao.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds text for matching labels: full-width forms to ASCII (NFKC), traditional characters to
 * simplified, whitespace and quotation marks removed, the list separators 、，；, to one comma, and
 * item numbering {@code 1、} to {@code 1.}. Each folded character remembers its source index, so a
 * match in folded text can be traced back to the source.
 */
final class Fold {

    // Traditional → simplified, for the characters of the catalogue's labels and the words around them.
    private static final String TRADITIONAL_SIMPLIFIED =
            "開开請请數数結结轉转區区處处計计這这屬属於于國国規规穩稳護护權权類类務务過过執执詢询項项機机"
            + "關关沒没現现確确訪访舉举報报訴诉復复複复無无當当認认獲获費费繳缴納纳總总繼继續续辦办組组織织"
            + "業业構构會会況况議议訟讼經经維维糾纠審审許许罰罚強强採采購购減减決决額额發发廢废體体動动問问"
            + "題题進进據据與与為为產产質质單单萬万條条並并後后內内個个們们來来對对時时從从設设實实際际獨独"
            + "應应範范徵征證证門门間间聯联鎮镇鄉乡縣县員员負负責责職职準准則则號号頁页樣样統统線线網网電电"
            + "話话傳传寫写讀读識识覽览醫医療疗藥药環环祕秘衆众異异歷历縮缩圍围獲获贊赞廳厅處处問问項项勢势"
            + "屆届歲岁雙双鬥斗麼么";

    private static final Map<Integer, String> TO_SIMPLIFIED = new HashMap<>();

    static {
        String s = TRADITIONAL_SIMPLIFIED;
        for (int i = 0; i + 1 < s.length(); i += 2) {
            TO_SIMPLIFIED.put((int) s.charAt(i), String.valueOf(s.charAt(i + 1)));
        }
    }

    /** A folded text and, for each of its characters, the index of the source character it came from. */
    record Folded(String text, int[] origin) {
    }

    private Fold() {
    }

    static String text(String s) {
        return fold(s).text();
    }

    static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 3 + 4];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String f = foldCodePoint(cp);
            for (int k = 0; k < f.length(); k++) {
                if (out.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(f.charAt(k));
            }
            i += Character.charCount(cp);
        }
        // Item numbering: "1、" and "1," become "1." (a digit not preceded by another digit).
        for (int i = 0; i + 1 < out.length(); i++) {
            if (isDigit(out.charAt(i)) && out.charAt(i + 1) == ',' && (i == 0 || !isDigit(out.charAt(i - 1)))) {
                out.setCharAt(i + 1, '.');
            }
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    private static String foldCodePoint(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\f' || CellText.isInvisible(cp)) {
            return "";
        }
        switch (cp) {
            case '“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』', '″', '〝', '〞' -> {
                return "";
            }
            case '、', '，', ',', '；', ';' -> {
                return ",";
            }
            default -> {
            }
        }
        String simplified = TO_SIMPLIFIED.get(cp);
        if (simplified != null) {
            return simplified;
        }
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c)) {
                sb.append(c == ';' ? "," : new String(Character.toChars(c)));
            }
        });
        return sb.toString().replace(",", ",");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@return {@code s} in NFKC form with every whitespace character removed: for reading values} */
    static String compact(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
