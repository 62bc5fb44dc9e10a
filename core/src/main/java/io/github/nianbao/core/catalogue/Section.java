package io.github.nianbao.core.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The six sections of every report, in order. Sections 二, 三 and 四 are tables.
 */
public enum Section implements CatalogueEntry {
    /** 一、总体情况. */
    OVERVIEW("一、总体情况", "I. Overview", "overview", List.of()),
    /** 二、主动公开政府信息情况 (table 二). */
    PROACTIVE_DISCLOSURE("二、主动公开政府信息情况", "II. Proactive disclosure", "proactiveDisclosure", List.of()),
    /** 三、收到和处理政府信息公开申请情况 (table 三). */
    APPLICATIONS("三、收到和处理政府信息公开申请情况", "III. Applications received and handled", "applications", List.of()),
    /** 四、政府信息公开行政复议、行政诉讼情况 (table 四). */
    REVIEW_LITIGATION("四、政府信息公开行政复议、行政诉讼情况", "IV. Administrative reconsideration and litigation",
            "reviewLitigation", List.of("因政府信息公开工作被申请行政复议、提起行政诉讼情况")),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS("五、存在的主要问题及改进情况", "V. Main problems and improvements", "problems",
            List.of("政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及整改措施", "存在的主要问题及改进措施")),
    /** 六、其他需要报告的事项. */
    OTHER_MATTERS("六、其他需要报告的事项", "VI. Other matters to report", "otherMatters", List.of());

    /**
     * The official header cell of table 三, which states the ledger relation in the
     * regulation's own words.
     */
    public static final String LEDGER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final Descriptor descriptor;
    private final List<String> headingVariants;

    Section(String label, String english, String key, List<String> headingVariants) {
        this.descriptor = Descriptor.of(label, english, key, null);
        this.headingVariants = headingVariants;
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    /** {@return headings seen in practice for this section besides the official one, without numbering} */
    public List<String> headingVariants() {
        return headingVariants;
    }

    /** {@return whether the section is a table} */
    public boolean isTable() {
        return this == PROACTIVE_DISCLOSURE || this == APPLICATIONS || this == REVIEW_LITIGATION;
    }

    /**
     * Finds the section with the given key.
     *
     * @param key a section key such as {@code "applications"}
     * @return the section, or empty
     */
    public static Optional<Section> ofKey(String key) {
        for (Section s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
