package io.github.nianbao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Table 四 as plain databind maps it: three blocks of five cells. */
@JsonPropertyOrder({"administrativeReview", "directLitigation", "litigationAfterReview"})
public final class PojoReview {

    /** Block {@code administrativeReview}. */
    public Outcomes administrativeReview;
    /** Block {@code directLitigation}. */
    public Outcomes directLitigation;
    /** Block {@code litigationAfterReview}. */
    public Outcomes litigationAfterReview;

    /** Creates an empty table. */
    public PojoReview() {
    }

    /** One block; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"upheld", "corrected", "otherOutcome", "pending", "total"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Outcomes {
        /** Cell {@code upheld}. */
        public Object upheld;
        /** Cell {@code corrected}. */
        public Object corrected;
        /** Cell {@code otherOutcome}. */
        public Object otherOutcome;
        /** Cell {@code pending}. */
        public Object pending;
        /** Cell {@code total}. */
        public Object total;

        /** Creates an empty block. */
        public Outcomes() {
        }
    }
}
