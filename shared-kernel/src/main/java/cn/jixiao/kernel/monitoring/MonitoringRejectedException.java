package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;

import java.util.List;

/**
 * A monitoring round or form said no. A {@link DeclarationRejectedException}, so the one problem advice answers
 * it as it answers the declaration (INVALID 400 with violations, CONFLICT 409, FORBIDDEN 403, NOT_FOUND 404).
 */
public class MonitoringRejectedException extends DeclarationRejectedException {

    public MonitoringRejectedException(Reason reason, String code, String message, List<Finding> findings) {
        super(reason, code, message, findings);
    }

    public static MonitoringRejectedException invalid(String code, String field, String message) {
        return new MonitoringRejectedException(Reason.INVALID, code, message, List.of(new Finding(code, field, message)));
    }

    public static MonitoringRejectedException invalid(List<Finding> findings) {
        return new MonitoringRejectedException(Reason.INVALID, INVALID_CODE,
                String.join("；", findings.stream().map(Finding::message).toList()), findings);
    }

    public static MonitoringRejectedException conflict(String code, String message) {
        return new MonitoringRejectedException(Reason.CONFLICT, code, message, List.of());
    }

    public static MonitoringRejectedException conflict(String code, String message, List<Finding> findings) {
        return new MonitoringRejectedException(Reason.CONFLICT, code, message, findings);
    }

    public static MonitoringRejectedException forbidden(String code, String message) {
        return new MonitoringRejectedException(Reason.FORBIDDEN, code, message, List.of());
    }

    public static MonitoringRejectedException notFound(String code, String message) {
        return new MonitoringRejectedException(Reason.NOT_FOUND, code, message, List.of());
    }
}
