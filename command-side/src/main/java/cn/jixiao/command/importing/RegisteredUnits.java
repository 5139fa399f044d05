package cn.jixiao.command.importing;

import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterState;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * The unit of a form uploaded without a code, found in the tenant's register by the name on the form: the unit's
 * name now or a former one (forms of past years carry the name of their time). A name the register does not
 * know is refused, naming the closest registered names: a code is never made up, since a second code for the
 * same unit would split its year-over-year comparison in two.
 */
final class RegisteredUnits {

    static final int SUGGESTIONS = 3;

    private RegisteredUnits() {
    }

    static String codeFor(RegisterState register, String unitName) {
        return register.unitNamed(unitName).map(unit -> unit.code().value()).orElseThrow(() -> unknown(register, unitName));
    }

    private static ImportRejectedException unknown(RegisterState register, String unitName) {
        List<String> closest = register.closestNames(unitName, SUGGESTIONS);
        String message = "单位名称“" + unitName + "”未在本租户的单位名册中登记"
                + (closest.isEmpty() ? "（名册中还没有单位）" : "；最接近的已登记名称：" + String.join("、", closest))
                + "。请先登记该单位，或在导入时给出 unitCode";
        ImportProblem problem = new ImportProblem(null, RegisterCodes.UNIT_NAME_UNKNOWN, message);
        return new ImportRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, RegisterCodes.UNIT_NAME_UNKNOWN, message,
                List.of(problem));
    }
}
