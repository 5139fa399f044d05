package cn.jixiao.kernel.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A budget unit's code in the tenant's register (the code its declarations are filed under). */
public record UnitCode(String value) {

    public UnitCode {
        Objects.requireNonNull(value, "UnitCode");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("UnitCode must not be blank");
        }
    }

    @JsonCreator
    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** Null for a blank or missing value: optional references (a unit's department, a user's section). */
    public static UnitCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new UnitCode(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
