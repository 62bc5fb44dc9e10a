package io.github.nianbao.core.catalogue;

/**
 * The report's metadata fields, with their keys in the canonical JSON form.
 */
public enum MetadataField implements CatalogueEntry {
    /** 机关名称. */
    AGENCY("机关名称", "Agency", "agency"),
    /** 报告年度. */
    REPORT_YEAR("报告年度", "Report year", "reportYear"),
    /** 格式版本. */
    EDITION("格式版本", "Edition", "edition"),
    /** 发布日期. */
    PUBLICATION_DATE("发布日期", "Publication date", "publicationDate"),
    /** 行政层级. */
    ADMINISTRATIVE_LEVEL("行政层级", "Administrative level", "administrativeLevel"),
    /** 行政区划代码. */
    DIVISION_CODE("行政区划代码", "Administrative division code", "divisionCode");

    /** The key of the metadata object in the canonical JSON form. */
    public static final String OBJECT_KEY = "metadata";

    private final Descriptor descriptor;

    MetadataField(String label, String english, String key) {
        this.descriptor = Descriptor.of(label, english, key, null);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    /** {@return the field's location in a report} */
    public ReportPath path() {
        return ReportPath.of(OBJECT_KEY, key());
    }
}
