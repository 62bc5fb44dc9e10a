package io.github.nianbao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Table 二 in the V2019 form, as plain databind maps it. */
@JsonPropertyOrder({"item1", "item5", "item6", "item8", "item9"})
public final class PojoDisclosure2019 {

    /** Block {@code item1}. */
    public Item1 item1;
    /** Block {@code item5}. */
    public Item5 item5;
    /** Block {@code item6}. */
    public Item6 item6;
    /** Block {@code item8}. */
    public Item8 item8;
    /** Block {@code item9}. */
    public Item9 item9;

    /** Creates an empty table. */
    public PojoDisclosure2019() {
    }

    /** Block {@code item1}. */
    @JsonPropertyOrder({"regulations", "normativeDocuments"})
    public static final class Item1 {
        /** Row {@code regulations}. */
        public Documents regulations;
        /** Row {@code normativeDocuments}. */
        public Documents normativeDocuments;

        /** Creates an empty block. */
        public Item1() {
        }
    }

    /** Block {@code item5}. */
    @JsonPropertyOrder({"licensing", "otherManagementServices"})
    public static final class Item5 {
        /** Row {@code licensing}. */
        public Items licensing;
        /** Row {@code otherManagementServices}. */
        public Items otherManagementServices;

        /** Creates an empty block. */
        public Item5() {
        }
    }

    /** Block {@code item6}. */
    @JsonPropertyOrder({"penalties", "coercion"})
    public static final class Item6 {
        /** Row {@code penalties}. */
        public Items penalties;
        /** Row {@code coercion}. */
        public Items coercion;

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

    /** Block {@code item9}. */
    @JsonPropertyOrder({"procurement"})
    public static final class Item9 {
        /** Row {@code procurement}. */
        public Procurement procurement;

        /** Creates an empty block. */
        public Item9() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"newlyMade", "newlyPublished", "totalPublished"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Documents {
        /** Cell {@code newlyMade}. */
        public Object newlyMade;
        /** Cell {@code newlyPublished}. */
        public Object newlyPublished;
        /** Cell {@code totalPublished}. */
        public Object totalPublished;

        /** Creates an empty row. */
        public Documents() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"previousYearItems", "change", "decisions"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Items {
        /** Cell {@code previousYearItems}. */
        public Object previousYearItems;
        /** Cell {@code change}. */
        public Object change;
        /** Cell {@code decisions}. */
        public Object decisions;

        /** Creates an empty row. */
        public Items() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"previousYearItems", "change"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Fees {
        /** Cell {@code previousYearItems}. */
        public Object previousYearItems;
        /** Cell {@code change}. */
        public Object change;

        /** Creates an empty row. */
        public Fees() {
        }
    }

    /** A row; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"procurementItems", "procurementAmount"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Procurement {
        /** Cell {@code procurementItems}. */
        public Object procurementItems;
        /** Cell {@code procurementAmount}. */
        public Object procurementAmount;

        /** Creates an empty row. */
        public Procurement() {
        }
    }
}
