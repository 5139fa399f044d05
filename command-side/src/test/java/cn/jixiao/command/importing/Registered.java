package cn.jixiao.command.importing;

import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.SectionDefinedEvent;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import cn.jixiao.kernel.register.UnitRenamedEvent;

/** Registers as the import finds them. */
final class Registered {

    private Registered() {
    }

    /** A register of one unit, renamed from {@code formerName} when that is given. */
    static RegisterState unit(String code, String name, String formerName) {
        SectionId section = SectionId.of("civil");
        RegisterState state = RegisterState.EMPTY.apply(new SectionDefinedEvent(RegisterId.OF_TENANT, section, "行政政法股"));
        if (formerName == null) {
            return state.apply(new UnitRegisteredEvent(RegisterId.OF_TENANT, UnitCode.of(code), name, UnitKind.UNIT, null, section));
        }
        return state.apply(new UnitRegisteredEvent(RegisterId.OF_TENANT, UnitCode.of(code), formerName, UnitKind.UNIT, null, section))
                .apply(new UnitRenamedEvent(RegisterId.OF_TENANT, UnitCode.of(code), formerName, name));
    }
}
