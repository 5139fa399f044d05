package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import cn.jixiao.kernel.declaration.rules.RuleCodes;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in 万元: exact, never negative, at most four decimals (one yuan), and bounded in magnitude.
 *
 * <p>An amount that enters ({@link #of(String)}, {@link #of(BigDecimal)}: requests, imports, stored events) has at
 * most {@value #MAX_INTEGER_DIGITS} integer digits: below 10¹² 万元, a thousand times a whole national budget, so
 * no real form is refused, while a value such as {@code 1e1000000} (a million digits once written out, and then
 * read by every projection and replay for ever) never becomes an event. Sums ({@link #plus}) may grow beyond that
 * up to {@value #MAX_SUM_INTEGER_DIGITS} digits, so a dashboard adding up a whole province still fits.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    public static final int MAX_SCALE = 4;
    /** Integer digits of an amount that enters: up to 999,999,999,999.9999 万元. */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** Integer digits of a sum of amounts: a million maximal amounts. */
    public static final int MAX_SUM_INTEGER_DIGITS = MAX_INTEGER_DIGITS + 6;
    /** Longer text is no amount of a form, whatever its digits (leading zeros included). */
    public static final int MAX_TEXT_LENGTH = 32;
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    /**
     * Half-width ASCII digits only: {@link BigDecimal} alone would read full-width (１２) and Arabic-Indic (١٢)
     * digits as numbers, which the printed form and every export would then show differently from what was typed.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,10})?");

    public Amount {
        Objects.requireNonNull(value, "amount");
        if (value.signum() < 0) {
            throw new InvalidAmountException(RuleCodes.NEGATIVE_AMOUNT, "金额不能为负数: " + abbreviated(value));
        }
        // Checked before the value is ever written out in full: 1e1000000 has a precision of 1.
        requireIntegerDigits(value, MAX_SUM_INTEGER_DIGITS);
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.scale() > MAX_SCALE) {
            throw new InvalidAmountException(RuleCodes.AMOUNT_SCALE, "金额以万元计，最多四位小数: " + abbreviated(value));
        }
    }

    /** Parses a decimal string of ASCII digits; a blank cell is zero, as on the paper form. */
    @JsonCreator
    public static Amount of(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        String trimmed = text.trim();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw tooLarge();
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new InvalidAmountException(RuleCodes.AMOUNT_NOT_A_NUMBER, "金额不是数字（请使用半角数字）: " + trimmed);
        }
        try {
            return of(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            // an exponent beyond what BigDecimal holds
            throw tooLarge();
        }
    }

    /** An amount that enters from outside: bounded to {@value #MAX_INTEGER_DIGITS} integer digits. */
    public static Amount of(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.signum() > 0) {
            requireIntegerDigits(value, MAX_INTEGER_DIGITS);
        }
        return new Amount(value);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    /** precision - scale is the number of integer digits, without writing the number out. */
    private static void requireIntegerDigits(BigDecimal value, int max) {
        if (value.signum() != 0 && (long) value.precision() - value.scale() > max) {
            throw tooLarge();
        }
    }

    private static InvalidAmountException tooLarge() {
        return new InvalidAmountException(RuleCodes.AMOUNT_TOO_LARGE,
                "金额超出范围：以万元计，整数部分最多 " + MAX_INTEGER_DIGITS + " 位，小数最多 " + MAX_SCALE + " 位");
    }

    /** A refused value in a message: never a million digits. */
    private static String abbreviated(BigDecimal value) {
        return value.precision() > MAX_TEXT_LENGTH || Math.abs(value.scale()) > MAX_TEXT_LENGTH
                ? value.toString() : value.toPlainString();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }

    /** A value that can never be a right amount. */
    public static class InvalidAmountException extends IllegalArgumentException implements CodedViolation {

        private final String code;

        public InvalidAmountException(String code, String message) {
            super(message);
            this.code = code;
        }

        /** NEGATIVE_AMOUNT, AMOUNT_SCALE, AMOUNT_TOO_LARGE or AMOUNT_NOT_A_NUMBER. */
        @Override
        public String code() {
            return code;
        }
    }
}
