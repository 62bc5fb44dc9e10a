package io.github.nianbao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Table 二 in the V2021 form, as plain databind maps it. */
@JsonPropertyOrder({"item1", "item5", "item6", "item8"})
public final class PojoDisclosure2021 {

    /** Block {@code item1}. */
    public Item1 item1;
    /** Block {@code item5}. */
    public Item5 item5;
    /** Block {@code item6}. */
    public Item6 item6;
    /** Block {@code item8}. */
    public Item8 item8;

    /** Creates an empty table. */
    public PojoDisclosure2021() {
    }

    /** Block {@code item1}. */
    @JsonPropertyOrder({"regulations", "administrativeNormativeDocuments"})
    public static final class Item1 {
        /** Row {@code regulations}. */
        public Documents regulations;
        /** Row {@code administrativeNormativeDocuments}. */
        public Documents administrativeNormativeDocuments;

        /** Creates an empty block. */
        public Item1() {
        }
    }

    /** Block {@code item5}. */
    @JsonPropertyOrder({"licensing"})
    public static final class Item5 {
        /** Row {@code licensing}. */
        public Decisions licensing;

        /** Creates an empty block. */
        public Item5() {
        }
    }

    /** Block {@code item6}. */
    @JsonPropertyOrder({"penalties", "coercion"})
    public static final class Item6 {
        /** Row {@code penalties}. */
        public Decisions penalties;
        /** Row {@code coercion}. */
        public Decisions coercion;

        /** Creates an empty block. */
        public Item6() {
        }
    }

    /** Block {@code item8}. */
    @JsonPropertyOrder({"fees"})
    public static final class Item8 {
        /** Row {@code fees}. */
        public Fees fees;

        /** Creates an empty block. */
        public Item8() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"issued", "repealed", "inForce"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Documents {
        /** Cell {@code issued}. */
        public Object issued;
        /** Cell {@code repealed}. */
        public Object repealed;
        /** Cell {@code inForce}. */
        public Object inForce;

        /** Creates an empty row. */
        public Documents() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"decisionsThisYear"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Decisions {
        /** Cell {@code decisionsThisYear}. */
        public Object decisionsThisYear;

        /** Creates an empty row. */
        public Decisions() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"feeAmount"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Fees {
        /** Cell {@code feeAmount}. */
        public Object feeAmount;

        /** Creates an empty row. */
        public Fees() {
        }
    }
}
