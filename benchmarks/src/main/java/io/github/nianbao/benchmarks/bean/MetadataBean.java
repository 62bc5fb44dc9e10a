package io.github.nianbao.benchmarks.bean;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The metadata a check needs, as a plain bean. */
@EditionMatchesYear
@YearInRange
public class MetadataBean {

    /** 机关名称. */
    @NotBlank
    public String agency;
    /** The report year. */
    public int reportYear;
    /** {@code V2019} or {@code V2021}. */
    @NotNull
    public String edition;

    /** Creates empty metadata. */
    public MetadataBean() {
    }
}
