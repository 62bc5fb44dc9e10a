package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Table 四 as a plain bean: three blocks. */
public class ReviewBean {

    /** 行政复议. */
    @Valid
    @NotNull
    public OutcomesBean administrativeReview;
    /** 未经复议直接起诉. */
    @Valid
    @NotNull
    public OutcomesBean directLitigation;
    /** 复议后起诉. */
    @Valid
    @NotNull
    public OutcomesBean litigationAfterReview;

    /** Creates an empty table. */
    public ReviewBean() {
    }
}
