package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Name-based: one declaration per unit, year and kind is enforced by the event store's (aggregate, seq) index. */
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

    /** The id of the one declaration of that unit, year and kind: {@code nameUUIDFromBytes("DEPARTMENT/<unitCode>/<year>")}. */
    public static DeclarationId forUnit(String unitCode, int year, DeclarationKind kind) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        String name = kind + "/" + unitCode + "/" + year;
        return new DeclarationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /**
     * The id of the one project declaration of that unit, project code and year:
     * {@code nameUUIDFromBytes("PROJECT/<unitCode>/<projectCode>/<year>")}, so a second one for the same project is
     * refused by the event store like a second department-wide form.
     */
    public static DeclarationId forProject(String unitCode, String projectCode, int year) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(projectCode, "projectCode");
        String name = DeclarationKind.PROJECT + "/" + unitCode + "/" + projectCode + "/" + year;
        return new DeclarationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
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
