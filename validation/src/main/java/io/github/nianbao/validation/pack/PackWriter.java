package io.github.nianbao.validation.pack;

import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.SumRule;
import java.util.List;

/**
 * Writes sum relations as a pack file, one relation per line: how {@code national.json} is made
 * from the standard relations (and kept equal to them by a test).
 */
final class PackWriter {

    private PackWriter() {
    }

    static String write(String id, String version, String titleZh, String titleEn, RulePack.Base base,
            List<SumRule> relations) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"packFormat\": ").append(RulePack.FORMAT_VERSION).append(",\n");
        sb.append("  \"id\": ").append(quote(id)).append(",\n");
        sb.append("  \"version\": ").append(quote(version)).append(",\n");
        sb.append("  \"title\": {\"zh\": ").append(quote(titleZh)).append(", \"en\": ").append(quote(titleEn)).append("},\n");
        sb.append("  \"base\": ").append(quote(base.name())).append(",\n");
        sb.append("  \"relations\": [\n");
        for (int i = 0; i < relations.size(); i++) {
            SumRule r = relations.get(i);
            sb.append("    {\"id\": ").append(quote(r.id()));
            SumRule.Term first = r.total().orElse(r.terms().get(0));
            String thisEdition = null;
            String previousEdition = null;
            for (SumRule.Term t : operands(r)) {
                if (t.period() == Period.THIS_YEAR && thisEdition == null) {
                    thisEdition = t.key().edition().name();
                } else if (t.period() == Period.PREVIOUS_YEAR && previousEdition == null) {
                    previousEdition = t.key().edition().name();
                }
            }
            sb.append(", \"edition\": ").append(quote(thisEdition != null ? thisEdition : first.key().edition().name()));
            if (previousEdition != null && !previousEdition.equals(thisEdition)) {
                sb.append(", \"previousEdition\": ").append(quote(previousEdition));
            }
            if (r.relation() != SumRule.Relation.EQUAL) {
                sb.append(", \"relation\": ").append(quote(r.relation() == SumRule.Relation.AT_MOST ? "<=" : ">="));
            }
            sb.append(", \"exactForms\": true");
            r.quote().ifPresent(q -> sb.append(", \"quote\": ").append(quote(q)));
            sb.append(", \"terms\": [");
            for (int j = 0; j < r.terms().size(); j++) {
                SumRule.Term t = r.terms().get(j);
                if (j > 0) {
                    sb.append(", ");
                }
                if (t.weight() == 1 || t.weight() == -1) {
                    sb.append(quote((t.weight() < 0 ? "-" : "") + (t.period() == Period.PREVIOUS_YEAR ? "previous:" : "") + t.key().path()));
                } else {
                    sb.append("{\"cell\": ").append(quote(t.key().path().toString())).append(", \"weight\": ").append(t.weight())
                            .append(t.period() == Period.PREVIOUS_YEAR ? ", \"period\": \"previous\"" : "").append('}');
                }
            }
            sb.append(']');
            r.total().ifPresent(t -> sb.append(", \"total\": ")
                    .append(quote((t.period() == Period.PREVIOUS_YEAR ? "previous:" : "") + t.key().path())));
            sb.append('}').append(i + 1 < relations.size() ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private static List<SumRule.Term> operands(SumRule r) {
        List<SumRule.Term> all = new java.util.ArrayList<>(r.terms());
        r.total().ifPresent(all::add);
        return all;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
