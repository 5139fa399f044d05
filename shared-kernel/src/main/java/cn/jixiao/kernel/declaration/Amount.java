package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import cn.jixiao.kernel.declaration.rules.RuleCodes;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in 万元: exact, never negative, at most four decimals (one yuan). */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);
    public static final int MAX_SCALE = 4;

    public Amount {
        Objects.requireNonNull(value, "amount");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.signum() < 0) {
            throw new InvalidAmountException(RuleCodes.NEGATIVE_AMOUNT, "金额不能为负数: " + value.toPlainString());
        }
        if (value.scale() > MAX_SCALE) {
            throw new InvalidAmountException(RuleCodes.AMOUNT_SCALE, "金额以万元计，最多四位小数: " + value.toPlainString());
        }
    }

    /** Parses a decimal string; a blank cell is zero, as on the paper form. */
    @JsonCreator
    public static Amount of(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        try {
            return new Amount(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidAmountException(RuleCodes.AMOUNT_NOT_A_NUMBER, "金额不是数字: " + text);
        }
    }

    public static Amount of(BigDecimal value) {
        return new Amount(value);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
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

        /** NEGATIVE_AMOUNT, AMOUNT_SCALE or AMOUNT_NOT_A_NUMBER. */
        @Override
        public String code() {
            return code;
        }
    }
}
