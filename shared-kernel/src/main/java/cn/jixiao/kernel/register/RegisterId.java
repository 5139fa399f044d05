package cn.jixiao.kernel.register;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * The one register of a tenant. Every tenant has its own event store, so the register's stream has the same id
 * everywhere: {@link #OF_TENANT}.
 */
public record RegisterId(String value) {

    public static final RegisterId OF_TENANT = new RegisterId("register");

    public RegisterId {
        Objects.requireNonNull(value, "RegisterId");
    }

    @JsonCreator
    public static RegisterId of(String value) {
        return new RegisterId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
