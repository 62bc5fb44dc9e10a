package io.github.nianbao.benchmarks.bean;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A money cell as a plain bean: the decimal and the unit as written. */
@WanYuanPrecision
public class AmountBean {

    /** The amount. */
    @DecimalMin("0")
    public BigDecimal value;
    /** {@code 元} or {@code 万元}. */
    public String unit;

    /** Creates an empty amount. */
    public AmountBean() {
    }
}
