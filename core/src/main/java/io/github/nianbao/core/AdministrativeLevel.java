package io.github.nianbao.core;

/**
 * The administrative level of the issuing government or department.
 */
public enum AdministrativeLevel {
    /** 国家级: State Council departments. */
    NATIONAL("国家级"),
    /** 省级: provinces and their departments. */
    PROVINCIAL("省级"),
    /** 市级: prefecture-level cities and their departments. */
    MUNICIPAL("市级"),
    /** 县级: counties and districts and their departments. */
    COUNTY("县级"),
    /** 乡级: townships and sub-districts. */
    TOWNSHIP("乡级");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    /** {@return the Chinese name of the level} */
    public String label() {
        return label;
    }
}
