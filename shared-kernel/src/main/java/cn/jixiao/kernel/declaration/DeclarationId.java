package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record DeclarationId(String value) {

    public DeclarationId {
        Objects.requireNonNull(value, "DeclarationId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("DeclarationId must not be blank");
        }
    }

    public static DeclarationId random() {
        return new DeclarationId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static DeclarationId of(String value) {
        return new DeclarationId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
