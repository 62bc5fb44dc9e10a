package io.github.nianbao.core.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Amounts are at most {@link Amount#MAX_LENGTH} characters written out, and a negative scale is made 0. */
class AmountLimitTest {

    @Test
    void extremeExponentsAreRefusedWithoutWritingThemOut() {
        for (String huge : new String[] {"1E-999999999", "1E+999999999", "-1E-2147483647", "0E-2147483647", "9.99E+2147483000"}) {
            BigDecimal v = new BigDecimal(huge);
            assertFalse(Amount.fits(v), huge);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amount.of(v, MoneyUnit.YUAN));
            assertTrue(e.getMessage().contains("at most " + Amount.MAX_LENGTH), e.getMessage());
        }
        assertTrue(Amount.fits(new BigDecimal("0E+2147483647")), "zero is one character whatever its scale");
    }

    @Test
    void theLengthIsThatOfThePlainFormAtTheEdgeAndAround() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            BigInteger unscaled = new BigInteger(random.nextInt(340), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal v = new BigDecimal(unscaled, random.nextInt(240) - 120);
            String plain = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
            assertEquals(plain.length() <= Amount.MAX_LENGTH, Amount.fits(v), plain);
            if (Amount.fits(v)) {
                Amount a = Amount.of(v, MoneyUnit.WAN_YUAN);
                assertEquals(plain, a.value().toPlainString());
                assertTrue(a.value().scale() >= 0);
                assertEquals(0, a.value().compareTo(v));
            }
        }
        String longest = "-" + "9".repeat(Amount.MAX_LENGTH - 3) + ".5";
        assertEquals(Amount.MAX_LENGTH, Amount.of(longest, MoneyUnit.YUAN).value().toPlainString().length());
        assertThrows(IllegalArgumentException.class, () -> Amount.of(longest.replace("-", "-9"), MoneyUnit.YUAN));
        assertThrows(IllegalArgumentException.class, () -> Amount.of(longest + "0", MoneyUnit.YUAN));
    }

    @Test
    void aNegativeScaleIsHeldAsItsDigits() {
        assertEquals(Amount.of("1000", MoneyUnit.YUAN), Amount.of(new BigDecimal("1E+3"), MoneyUnit.YUAN));
        assertEquals(0, Amount.of(new BigDecimal("1.20E+5"), MoneyUnit.YUAN).value().scale());
        // Trailing zeros of a non-negative scale are kept, as before.
        assertFalse(Amount.of("7730.28", MoneyUnit.WAN_YUAN).equals(Amount.of("7730.280", MoneyUnit.WAN_YUAN)));
    }
}
