package cn.jixiao.kernel.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A business section (业务股室) of the bureau, e.g. {@code education}. */
public record SectionId(String value) {

    public SectionId {
        Objects.requireNonNull(value, "SectionId");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("SectionId must not be blank");
        }
    }

    @JsonCreator
    public static SectionId of(String value) {
        return new SectionId(value);
    }

    /** Null for a blank or missing value: optional references (a unit's department, a user's section). */
    public static SectionId ofNullable(String value) {
        return value == null || value.isBlank() ? null : new SectionId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
