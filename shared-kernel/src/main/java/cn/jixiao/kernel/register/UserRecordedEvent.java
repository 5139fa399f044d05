package cn.jixiao.kernel.register;

import cn.jixiao.kernel.actor.Role;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** What a user may act on, as the register says: name, roles, the unit of a filer, the section of a business reviewer. */
@Revision("1")
public record UserRecordedEvent(RegisterId registerId, UserId user, String name, Set<Role> roles, UnitCode unit, SectionId section) implements RegisterEvent {
}
