package cn.jixiao.command.register;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterRejectedException;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.RegisteredUnit;
import cn.jixiao.kernel.register.RegisteredUser;
import cn.jixiao.kernel.register.Section;
import cn.jixiao.kernel.register.SectionId;

import java.util.Map;
import java.util.Optional;

/**
 * What the register says about a declaration, checked by the declaration's handlers. A unit the register does
 * not know is left alone (a tenant that keeps no register works as before); a unit it knows is held to it.
 */
public final class DeclarationChecks {

    private DeclarationChecks() {
    }

    /**
     * The edition of a new declaration: the one the tenant set for the year, when it did (a form that says
     * otherwise is refused); else what the command asks for (null: the year's default).
     */
    public static Edition editionFor(RegisterState register, int year, Edition requested) {
        Optional<Edition> ofYear = register.edition(year);
        if (ofYear.isPresent() && requested != null && requested != ofYear.get()) {
            throw RegisterRejectedException.invalid(RegisterCodes.EDITION_NOT_OF_YEAR, "edition", year
                    + " 年度的申报表按 " + ofYear.get().code() + " 版指标体系填报，不能按 " + requested.code() + " 版");
        }
        return ofYear.orElse(requested);
    }

    /** A closed unit files no more declarations. */
    public static void requireOpenUnit(RegisterState register, String unitCode) {
        if (register.unit(unitCode).filter(RegisteredUnit::closed).isPresent()) {
            throw RegisterRejectedException.conflict(RegisterCodes.UNIT_CLOSED, "unit.code",
                    "单位 " + unitCode + " 已撤销，不能再填报申报表");
        }
    }

    /** A business reviewer passes or returns only the declarations of the units their section owns. */
    public static void requireSectionOf(RegisterState register, String unitCode, Map<String, ?> metaData) {
        Optional<SectionId> owner = register.unit(unitCode).map(RegisteredUnit::section);
        if (owner.isEmpty()) {
            return;
        }
        SectionId reviewers = register.user(ActorMetaData.from(metaData).actorId())
                .map(RegisteredUser::section).orElse(null);
        if (!owner.get().equals(reviewers)) {
            String section = register.section(owner.get()).map(Section::name).orElse(owner.get().value());
            throw RegisterRejectedException.forbidden(RegisterCodes.OTHER_SECTION, "单位 " + unitCode + " 的预算由“"
                    + section + "”（" + owner.get() + "）管理，只有该股室的审核人可以审核其申报表");
        }
    }
}
