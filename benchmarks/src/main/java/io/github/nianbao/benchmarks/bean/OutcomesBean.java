package io.github.nianbao.benchmarks.bean;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One block of table 四 as a plain bean. */
@BlockTotal
public class OutcomesBean {

    /** Cell {@code upheld}. */
    @NotNull
    @Min(0)
    public Long upheld;

    /** Cell {@code corrected}. */
    @NotNull
    @Min(0)
    public Long corrected;

    /** Cell {@code otherOutcome}. */
    @NotNull
    @Min(0)
    public Long otherOutcome;

    /** Cell {@code pending}. */
    @NotNull
    @Min(0)
    public Long pending;

    /** Cell {@code total}. */
    @NotNull
    @Min(0)
    public Long total;

    /** Creates an empty block. */
    public OutcomesBean() {
    }
}
