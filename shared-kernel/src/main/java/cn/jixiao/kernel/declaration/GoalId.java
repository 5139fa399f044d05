package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record GoalId(String value) {

    public GoalId {
        Objects.requireNonNull(value, "GoalId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("GoalId must not be blank");
        }
    }

    public static GoalId random() {
        return new GoalId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
