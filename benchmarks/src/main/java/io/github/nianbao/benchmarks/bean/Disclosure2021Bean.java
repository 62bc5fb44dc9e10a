package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/** Table 二 in the V2021 form as a plain bean. Cells may be {@code null} (blank or not applicable). */
public class Disclosure2021Bean {

    /** 第二十条第（一）项. */
    @Valid
    public Item1 item1;
    /** 第二十条第（五）项. */
    @Valid
    public Item5 item5;
    /** 第二十条第（六）项. */
    @Valid
    public Item6 item6;
    /** 第二十条第（八）项. */
    @Valid
    public Item8 item8;

    /** Creates an empty table. */
    public Disclosure2021Bean() {
    }

    /** Block (一). */
    public static class Item1 {
        /** 规章. */
        @Valid
        public Documents regulations;
        /** 行政规范性文件. */
        @Valid
        public Documents administrativeNormativeDocuments;

        /** Creates an empty block. */
        public Item1() {
        }
    }

    /** Block (五). */
    public static class Item5 {
        /** 行政许可. */
        @Valid
        public Decisions licensing;

        /** Creates an empty block. */
        public Item5() {
        }
    }

    /** Block (六). */
    public static class Item6 {
        /** 行政处罚. */
        @Valid
        public Decisions penalties;
        /** 行政强制. */
        @Valid
        public Decisions coercion;

        /** Creates an empty block. */
        public Item6() {
        }
    }

    /** Block (八). */
    public static class Item8 {
        /** 行政事业性收费. */
        @Valid
        public Fees fees;

        /** Creates an empty block. */
        public Item8() {
        }
    }

    /** A row of block (一). */
    public static class Documents {
        /** 本年制发件数. */
        @Min(0)
        public Long issued;
        /** 本年废止件数. */
        @Min(0)
        public Long repealed;
        /** 现行有效件数. */
        @Min(0)
        public Long inForce;

        /** Creates an empty row. */
        public Documents() {
        }
    }

    /** A row of blocks (五) and (六). */
    public static class Decisions {
        /** 本年处理决定数量. */
        @Min(0)
        public Long decisionsThisYear;

        /** Creates an empty row. */
        public Decisions() {
        }
    }

    /** The row of block (八). */
    public static class Fees {
        /** 本年收费金额（单位：万元）. */
        @Valid
        public AmountBean feeAmount;

        /** Creates an empty row. */
        public Fees() {
        }
    }
}
