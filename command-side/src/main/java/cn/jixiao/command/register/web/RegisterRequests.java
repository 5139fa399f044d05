package cn.jixiao.command.register.web;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RecordUserCommand;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UserId;

import java.time.LocalDate;
import java.util.Set;

/**
 * The bodies of the register's write endpoints. Ids travel as plain strings, so a blank or missing one reaches
 * the register's rules and is refused there with its rule code, like every other wrong value.
 */
final class RegisterRequests {

    private RegisterRequests() {
    }

    record NewSection(String id, String name) {
    }

    record Name(String name) {
    }

    record NewUnit(String code, String name, UnitKind kind, String department, String section) {

        RegisterUnitCommand toCommand() {
            return new RegisterUnitCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(code), name, kind,
                    UnitCode.ofNullable(department), SectionId.ofNullable(section));
        }
    }

    record SectionRef(String section) {
    }

    /** {@code department} null or blank: the unit has no competent department. */
    record DepartmentRef(String department) {
    }

    record Closure(String reason) {
    }

    /** {@code unit} for a filer, {@code section} for a business reviewer. */
    record User(String name, Set<Role> roles, String unit, String section) {

        RecordUserCommand toCommand(String id) {
            return new RecordUserCommand(RegisterId.OF_TENANT, UserId.ofNullable(id), name, roles,
                    UnitCode.ofNullable(unit), SectionId.ofNullable(section));
        }
    }

    record YearSettings(Edition edition, LocalDate reviewDeadline) {
    }

    record CompetentReview(@jakarta.validation.constraints.NotNull(message = "须填写 enabled：true 或 false") Boolean enabled) {
    }

    /** What every write answers: the register's version after it (also the ETag). */
    record Written(long version) {
    }
}
