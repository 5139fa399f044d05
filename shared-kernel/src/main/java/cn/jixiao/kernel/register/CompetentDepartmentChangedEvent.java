package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** A unit was put under another competent department (主管部门); null: none. */
@Revision("1")
public record CompetentDepartmentChangedEvent(RegisterId registerId, UnitCode unit, UnitCode from, UnitCode to) implements RegisterEvent {
}
