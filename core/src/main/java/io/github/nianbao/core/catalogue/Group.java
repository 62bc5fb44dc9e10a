package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.EnumSet;

/**
 * The merged header cells of the tables: labels that group rows, columns or blocks and carry no
 * number of their own.
 */
public enum Group implements CatalogueEntry {
    /** 申请人情况: the column group over all applicant columns of table 三. */
    APPLICANTS("申请人情况", "Applicants", "applicants", null),
    /** 法人或其他组织: the five organisation columns of table 三. */
    LEGAL_PERSONS("法人或其他组织", "Legal persons or other organisations", "legalPersons", APPLICANTS),
    /** 三、本年度办理结果: the result rows of table 三. */
    RESULTS("三、本年度办理结果", "3. Results this year", "results", null),
    /** （三）不予公开. */
    WITHHELD("（三）不予公开", "(3) Not disclosed", "withheld", RESULTS),
    /** （四）无法提供. */
    UNABLE_TO_PROVIDE("（四）无法提供", "(4) Cannot be provided", "unableToProvide", RESULTS),
    /** （五）不予处理. */
    NOT_PROCESSED("（五）不予处理", "(5) Not processed", "notProcessed", RESULTS),
    /** （六）其他处理: a group in V2021; in V2019 the single row {@link ApplicationRow#OTHER_PROCESSING}. */
    OTHER_PROCESSING("（六）其他处理", "(6) Other handling", "otherProcessing", RESULTS, EnumSet.of(Edition.V2021)),
    /** 行政诉讼: the two litigation blocks of table 四. */
    LITIGATION("行政诉讼", "Administrative litigation", "litigation", null);

    private final Descriptor descriptor;

    Group(String label, String english, String key, Group parent) {
        this.descriptor = Descriptor.of(label, english, key, parent);
    }

    Group(String label, String english, String key, Group parent, EnumSet<Edition> editions) {
        this.descriptor = Descriptor.of(label, english, key, parent, editions);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }
}
