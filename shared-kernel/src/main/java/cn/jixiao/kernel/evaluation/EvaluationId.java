package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.DeclarationId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Name-based on the declaration: one self-evaluation per approved declaration, enforced by the event store's unique
 * stream, so starting twice is refused without any read model.
 */
public record EvaluationId(String value) {

    public EvaluationId {
        Objects.requireNonNull(value, "EvaluationId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("EvaluationId must not be blank");
        }
    }

    /** {@code nameUUIDFromBytes("SELF_EVALUATION/<declarationId>")}. */
    public static EvaluationId forDeclaration(DeclarationId declarationId) {
        String name = "SELF_EVALUATION/" + declarationId.value();
        return new EvaluationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator
    public static EvaluationId of(String value) {
        return new EvaluationId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
