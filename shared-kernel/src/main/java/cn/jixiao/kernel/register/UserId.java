package cn.jixiao.kernel.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A user of the tenant: the {@code sub} of their token. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "UserId");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("UserId must not be blank");
        }
    }

    @JsonCreator
    public static UserId of(String value) {
        return new UserId(value);
    }

    /** Null for a blank or missing value: optional references (a unit's department, a user's section). */
    public static UserId ofNullable(String value) {
        return value == null || value.isBlank() ? null : new UserId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
