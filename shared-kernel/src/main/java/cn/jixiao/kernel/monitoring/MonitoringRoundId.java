package cn.jixiao.kernel.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Name-based: one round per year and number in a tenant (each tenant has its own store), so opening the same
 * round twice is refused by the event store's unique stream, the one "only one wins" the store guarantees.
 */
public record MonitoringRoundId(String value) {

    public MonitoringRoundId {
        Objects.requireNonNull(value, "MonitoringRoundId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MonitoringRoundId must not be blank");
        }
    }

    /** {@code nameUUIDFromBytes("MONITORING/<year>/<number>")}. */
    public static MonitoringRoundId forRound(int year, int number) {
        String name = "MONITORING/" + year + "/" + number;
        return new MonitoringRoundId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator
    public static MonitoringRoundId of(String value) {
        return new MonitoringRoundId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
