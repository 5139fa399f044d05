package cn.jixiao.kernel.register;

import java.util.List;

/** A unit as the register knows it; {@code formerNames} oldest first. */
public record RegisteredUnit(UnitCode code, String name, List<String> formerNames, UnitKind kind, UnitCode department,
                             SectionId section, boolean closed) {

    public RegisteredUnit {
        formerNames = List.copyOf(formerNames);
    }
}
