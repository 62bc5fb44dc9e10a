package io.github.nianbao.validation.comparison;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One table cell from one year's report to the next: its place, both contents, and for two numbers
 * the difference and the ratio. Immutable.
 *
 * @param kind how the cell changed
 * @param path the cell's place (the same pointer in both forms of the table)
 * @param key the cell's key in the newer report's form, or in the older's for a row the newer form lacks
 * @param older the older report's content, empty where its form has no such cell
 * @param newer the newer report's content, empty where its form has no such cell
 */
public record CellChange(Kind kind, ReportPath path, CellKey key, Optional<Cell> older, Optional<Cell> newer) {

    /** How a cell changed. */
    public enum Kind {
        /** A number in both reports, different. */
        CHANGED,
        /** A number that was blank, not applicable or unknown the year before. */
        APPEARED,
        /** A number the year before that is now blank, not applicable or unknown. */
        VANISHED,
        /** A cell of the older report's form only (the edition changed, 2020 → 2021). */
        ONLY_OLDER_FORM,
        /** A cell of the newer report's form only. */
        ONLY_NEWER_FORM
    }

    /**
     * Checks the components.
     *
     * @param kind the kind
     * @param path the place
     * @param key the key
     * @param older the older content
     * @param newer the newer content
     */
    public CellChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
    }

    /** {@return new − old for two numbers in the same unit; empty otherwise} */
    public Optional<BigDecimal> difference() {
        BigDecimal a = number(older);
        BigDecimal b = number(newer);
        if (a == null || b == null || !sameUnit()) {
            return Optional.empty();
        }
        return Optional.of(b.subtract(a));
    }

    /** {@return new ÷ old for two numbers in the same unit, old not 0; empty otherwise} */
    public Optional<BigDecimal> ratio() {
        BigDecimal a = number(older);
        BigDecimal b = number(newer);
        if (a == null || b == null || a.signum() == 0 || !sameUnit()) {
            return Optional.empty();
        }
        return Optional.of(b.divide(a, MathContext.DECIMAL64).stripTrailingZeros());
    }

    /** {@return the size of the change: |difference|, or the number that appeared or vanished; 0 if none} */
    public BigDecimal magnitude() {
        Optional<BigDecimal> d = difference();
        if (d.isPresent()) {
            return d.get().abs();
        }
        BigDecimal n = number(newer);
        BigDecimal o = number(older);
        return n != null ? n.abs() : o != null ? o.abs() : BigDecimal.ZERO;
    }

    private boolean sameUnit() {
        if (older.orElse(null) instanceof Amount a && newer.orElse(null) instanceof Amount b) {
            return a.unit() == b.unit();
        }
        return true;
    }

    static BigDecimal number(Optional<Cell> cell) {
        if (cell.isEmpty() || !cell.get().isNumber()) {
            return null;
        }
        Cell c = cell.get();
        if (c instanceof Count n) {
            return BigDecimal.valueOf(n.value());
        }
        return c instanceof Amount a ? a.value() : null;
    }
}
