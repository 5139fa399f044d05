package cn.jixiao.command.declaration;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.RegisteredUnit;
import cn.jixiao.kernel.register.UnitCode;

import java.util.Map;
import java.util.Optional;

/**
 * Who the competent department (主管部门) of a project form is, as the register says: a competent reviewer's token
 * names their department as its unit. A unit the register does not know, or that has no competent department,
 * is left to any competent reviewer (a tenant that keeps no register works as before).
 */
final class ProjectReviews {

    private ProjectReviews() {
    }

    /** The competent department's unit code of {@code unitCode}, null when the register names none. */
    static String departmentOf(RegisterState register, String unitCode) {
        return department(register, unitCode).map(UnitCode::value).orElse(null);
    }

    static void requireDepartmentOf(RegisterState register, String unitCode, Map<String, ?> metaData) {
        Optional<UnitCode> department = department(register, unitCode);
        String reviewerUnit = ActorMetaData.from(metaData).unit();
        if (department.isPresent() && !department.get().value().equals(reviewerUnit)) {
            String name = register.unit(department.get()).map(RegisteredUnit::name).orElse(department.get().value());
            throw DeclarationRejectedException.forbidden(LifecycleCodes.OTHER_DEPARTMENT, "单位 " + unitCode
                    + " 的主管部门是“" + name + "”（" + department.get() + "），只有该部门的审核人可以审核其项目申报表");
        }
    }

    static String label(ReviewStage stage) {
        return switch (stage) {
            case COMPETENT -> "主管部门";
            case BUSINESS -> "业务股室";
            case PERFORMANCE -> "监督绩效股";
        };
    }

    private static Optional<UnitCode> department(RegisterState register, String unitCode) {
        return register.unit(unitCode).map(RegisteredUnit::department);
    }
}
