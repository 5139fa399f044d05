package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record IndicatorId(String value) {

    public IndicatorId {
        Objects.requireNonNull(value, "IndicatorId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("IndicatorId must not be blank");
        }
    }

    public static IndicatorId random() {
        return new IndicatorId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
