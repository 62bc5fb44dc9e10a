package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/** Table 二 in the V2019 form as a plain bean. Cells may be {@code null} (blank or not applicable). */
public class Disclosure2019Bean {

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
    /** 第二十条第（九）项. */
    @Valid
    public Item9 item9;

    /** Creates an empty table. */
    public Disclosure2019Bean() {
    }

    /** Block (一). */
    public static class Item1 {
        /** 规章. */
        @Valid
        public Documents regulations;
        /** 规范性文件. */
        @Valid
        public Documents normativeDocuments;

        /** Creates an empty block. */
        public Item1() {
        }
    }

    /** Block (五). */
    public static class Item5 {
        /** 行政许可. */
        @Valid
        public Items licensing;
        /** 其他对外管理服务事项. */
        @Valid
        public Items otherManagementServices;

        /** Creates an empty block. */
        public Item5() {
        }
    }

    /** Block (六). */
    public static class Item6 {
        /** 行政处罚. */
        @Valid
        public Items penalties;
        /** 行政强制. */
        @Valid
        public Items coercion;

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

    /** Block (九). */
    public static class Item9 {
        /** 政府集中采购. */
        @Valid
        public Procurement procurement;

        /** Creates an empty block. */
        public Item9() {
        }
    }

    /** A row of block (一). */
    @PublishedWithinTotal
    public static class Documents {
        /** 本年新制作数量. */
        @Min(0)
        public Long newlyMade;
        /** 本年新公开数量. */
        @Min(0)
        public Long newlyPublished;
        /** 对外公开总数量. */
        @Min(0)
        public Long totalPublished;

        /** Creates an empty row. */
        public Documents() {
        }
    }

    /** A row of blocks (五) and (六). */
    @ItemsNotNegative
    public static class Items implements ItemChange {
        /** 上一年项目数量. */
        @Min(0)
        public Long previousYearItems;
        /** 本年增/减, signed. */
        public Long change;
        /** 处理决定数量. */
        @Min(0)
        public Long decisions;

        /** Creates an empty row. */
        public Items() {
        }

        @Override
        public Long previousYearItems() {
            return previousYearItems;
        }

        @Override
        public Long change() {
            return change;
        }
    }

    /** The row of block (八). */
    @ItemsNotNegative
    public static class Fees implements ItemChange {
        /** 上一年项目数量. */
        @Min(0)
        public Long previousYearItems;
        /** 本年增/减, signed. */
        public Long change;

        /** Creates an empty row. */
        public Fees() {
        }

        @Override
        public Long previousYearItems() {
            return previousYearItems;
        }

        @Override
        public Long change() {
            return change;
        }
    }

    /** The row of block (九). */
    public static class Procurement {
        /** 采购项目数量. */
        @Min(0)
        public Long procurementItems;
        /** 采购总金额. */
        @Valid
        public AmountBean procurementAmount;

        /** Creates an empty row. */
        public Procurement() {
        }
    }
}
