package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.DeclarationId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Name-based: one monitoring form per declaration and round, found from the two without any read model. */
public record MonitoringFormId(String value) {

    public MonitoringFormId {
        Objects.requireNonNull(value, "MonitoringFormId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MonitoringFormId must not be blank");
        }
    }

    /** {@code nameUUIDFromBytes("MONITORING/<round>/<declaration>")}. */
    public static MonitoringFormId of(MonitoringRoundId round, DeclarationId declaration) {
        String name = "MONITORING/" + round + "/" + declaration;
        return new MonitoringFormId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator
    public static MonitoringFormId of(String value) {
        return new MonitoringFormId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
