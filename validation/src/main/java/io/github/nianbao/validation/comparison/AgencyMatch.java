package io.github.nianbao.validation.comparison;

import io.github.nianbao.core.AnnualReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How two reports were recognised as one agency's: by 行政区划代码 where both give one, else by
 * name, equal or equal once the prefixes of superior divisions are folded (淮安市洪泽区人民政府 and
 * 洪泽区人民政府 are one agency; 淮安市洪泽区 and 宜昌市洪泽区 are not: one name must be the other
 * with superior divisions in front).
 */
public enum AgencyMatch {
    /** Both give the same 行政区划代码, and their names agree once superior divisions are folded. */
    DIVISION_CODE,
    /** The same name. */
    SAME_NAME,
    /** One name is the other with the names of superior divisions in front. */
    FOLDED_NAME;

    /** A superior division at the start of a name: a province, region, city, prefecture or league. */
    private static final Pattern SUPERIOR = Pattern.compile("^(.{1,10}?(?:省|自治区|特别行政区|市|自治州|地区|盟))");
    /** What must follow a folded prefix: another division's name (else the prefix is the agency's own division). */
    private static final Pattern DIVISION = Pattern.compile("^.{1,10}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道)");

    /**
     * Tells whether two reports are one agency's, and how that was recognised.
     *
     * @param a a report
     * @param b another report
     * @return how they match, or empty if they are different agencies'
     */
    public static Optional<AgencyMatch> of(AnnualReport a, AnnualReport b) {
        String x = a.agency().strip();
        String y = b.agency().strip();
        Optional<String> cx = a.metadata().divisionCode();
        Optional<String> cy = b.metadata().divisionCode();
        if (cx.isPresent() && cy.isPresent()) {
            return cx.get().strip().equals(cy.get().strip()) && folded(x).equals(folded(y))
                    ? Optional.of(DIVISION_CODE) : Optional.empty();
        }
        if (x.equals(y)) {
            return Optional.of(SAME_NAME);
        }
        if (folded(x).equals(folded(y)) && (x.endsWith(y) || y.endsWith(x))) {
            return Optional.of(FOLDED_NAME);
        }
        return Optional.empty();
    }

    /**
     * Folds the names of superior divisions at the start of an agency's name: 江苏省淮安市洪泽区人民政府
     * → 洪泽区人民政府. A division is folded only where another division's name follows it, so that
     * 淮安市人民政府 stays as it is.
     *
     * @param agency an agency's name
     * @return the name without superior divisions
     */
    public static String folded(String agency) {
        String name = agency.strip();
        for (Matcher m = SUPERIOR.matcher(name); m.find(); m = SUPERIOR.matcher(name)) {
            String rest = name.substring(m.end());
            if (!DIVISION.matcher(rest).find()) {
                break;
            }
            name = rest;
        }
        return name;
    }

    /** {@return the key of this match's words in the message catalogue} */
    public String messageKey() {
        return "match." + name();
    }
}
