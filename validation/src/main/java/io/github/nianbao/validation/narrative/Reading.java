package io.github.nianbao.validation.narrative;

import io.github.nianbao.core.catalogue.CellKey;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One reading of the tables that a sentence's words allow for a stated figure: a named sum of
 * cells and its value (blanks count as 0, as in the sum rules). Immutable.
 *
 * @param kind what the reading counts
 * @param cells the cells added up
 * @param value their sum, or empty when a cell is unknown or not applicable (the reading cannot be assessed)
 */
public record Reading(Kind kind, List<CellKey> cells, OptionalLong value) {

    /** What a reading counts; each has a name in the message catalogue ({@code reading.} and the key). */
    public enum Kind {
        /** 一、本年新收 › 总计. */
        NEWLY_RECEIVED("newlyReceived"),
        /** 一、本年新收 + 二、上年结转, 总计 column: what 共收到 or 受理 can also mean. */
        RECEIVED_AND_CARRIED_OVER("receivedAndCarriedOver"),
        /** 二、上年结转 › 总计. */
        CARRIED_OVER("carriedOver"),
        /** （七）总计 › 总计. */
        HANDLED("handled"),
        /** 四、结转下年度继续办理 › 总计. */
        CARRIED_FORWARD("carriedForward"),
        /** （一）予以公开 › 总计. */
        DISCLOSED("disclosed"),
        /** （二）部分公开 › 总计. */
        PARTIALLY_DISCLOSED("partiallyDisclosed"),
        /** A column of 行政复议 in table 四. */
        REVIEW("review"),
        /** A column of 未经复议直接起诉 plus the same column of 复议后起诉: all litigation. */
        LITIGATION("litigation"),
        /** A column of 未经复议直接起诉. */
        DIRECT_LITIGATION("directLitigation"),
        /** A column of 复议后起诉. */
        LITIGATION_AFTER_REVIEW("litigationAfterReview"),
        /** 本年制发件数 (V2021) or 本年新制作/新公开数量 (V2019) of 规章 or 规范性文件. */
        ISSUED("issued"),
        /** 本年废止件数 of 规章 or 规范性文件. */
        REPEALED("repealed"),
        /** 现行有效件数 of 规章 or 规范性文件. */
        IN_FORCE("inForce");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** {@return the stable key, such as {@code newlyReceived}} */
        public String key() {
            return key;
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param kind what the reading counts
     * @param cells the cells
     * @param value their sum, or empty
     */
    public Reading {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(cells);
        Objects.requireNonNull(value, "value");
    }

    /**
     * Tells whether the reading gives a figure.
     *
     * @param figure a stated figure
     * @return whether the reading's value is that figure
     */
    public boolean matches(long figure) {
        return value.isPresent() && value.getAsLong() == figure;
    }
}
