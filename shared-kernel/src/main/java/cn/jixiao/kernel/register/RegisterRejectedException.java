package cn.jixiao.kernel.register;

import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;

import java.util.List;

/**
 * The register said no. A {@link DeclarationRejectedException}, so the HTTP layer answers it the same way
 * (INVALID 400 with violations, CONFLICT 409, FORBIDDEN 403, NOT_FOUND 404) and nothing is applied.
 */
public class RegisterRejectedException extends DeclarationRejectedException {

    public RegisterRejectedException(Reason reason, String code, String message, List<Finding> findings) {
        super(reason, code, message, findings);
    }

    public static RegisterRejectedException invalid(String code, String field, String message) {
        return new RegisterRejectedException(Reason.INVALID, code, message, List.of(new Finding(code, field, message)));
    }

    public static RegisterRejectedException conflict(String code, String field, String message) {
        return new RegisterRejectedException(Reason.CONFLICT, code, message, List.of(new Finding(code, field, message)));
    }

    public static RegisterRejectedException notFound(String code, String message) {
        return new RegisterRejectedException(Reason.NOT_FOUND, code, message, List.of());
    }

    public static RegisterRejectedException forbidden(String code, String message) {
        return new RegisterRejectedException(Reason.FORBIDDEN, code, message, List.of());
    }
}
