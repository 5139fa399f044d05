package cn.jixiao.platform.demo;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.register.DefineSectionCommand;
import cn.jixiao.kernel.register.RecordUserCommand;
import cn.jixiao.kernel.register.RegisterCommand;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.SetYearSettingsCommand;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UserId;
import cn.jixiao.kernel.tenant.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo tenant's register: the seed unit in the business section its reviewer (demo-business) belongs to, a
 * second section with a unit of its own (so a reviewer of another section can be tried), every demo user, and
 * the editions of 2020 and 2021.
 */
final class DemoRegister {

    static final SectionId CIVIL = SectionId.of("civil");
    static final SectionId EDUCATION = SectionId.of("education");
    static final String SEED_UNIT_NAME = "衡阳市南岳区祝融街道办事处";

    private DemoRegister() {
    }

    static List<RegisterCommand> commands() {
        RegisterId register = RegisterId.OF_TENANT;
        List<RegisterCommand> commands = new ArrayList<>(List.of(
                new DefineSectionCommand(register, CIVIL, "行政政法股"),
                new DefineSectionCommand(register, EDUCATION, "教科文股"),
                new RegisterUnitCommand(register, UnitCode.of(DemoUsers.SEED_UNIT_CODE), SEED_UNIT_NAME, UnitKind.UNIT,
                        null, CIVIL),
                new RegisterUnitCommand(register, UnitCode.of("430412100"), "衡阳市南岳区教育局", UnitKind.DEPARTMENT,
                        null, EDUCATION),
                new SetYearSettingsCommand(register, 2020, Edition.E2020, LocalDate.of(2020, 3, 31)),
                new SetYearSettingsCommand(register, 2021, Edition.E2021, LocalDate.of(2021, 3, 31))));
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            if (user.tenant() != null) {
                SectionId section = user.roles().contains(Role.BUSINESS_REVIEWER) ? CIVIL : null;
                commands.add(new RecordUserCommand(register, UserId.of(user.sub()), user.name(), user.roles(),
                        UnitCode.ofNullable(user.unit()), section));
            }
        }
        return commands;
    }

    static Actor admin(TenantId tenant) {
        DemoUsers.DemoUser admin = DemoUsers.preset("admin").orElseThrow();
        return new Actor(admin.sub(), admin.name(), admin.roles(), tenant, admin.unit());
    }
}
