package cn.jixiao.query.audit;

import cn.jixiao.query.history.HistoryController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders the audit and history endpoints' problems (and Spring's own 400s for unparsable parameters, such as
 * {@code treeSize=abc}) as {@code application/problem+json}.
 */
@RestControllerAdvice(basePackageClasses = {AuditController.class, HistoryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AuditProblemHandler extends ResponseEntityExceptionHandler {
}
