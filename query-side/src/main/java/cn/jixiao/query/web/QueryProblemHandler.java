package cn.jixiao.query.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders problems of the query side's controllers (and Spring's own 400s for unparsable parameters) as
 * {@code application/problem+json}. Limited to {@code cn.jixiao.query} so it never competes with the command
 * side's advice.
 */
@RestControllerAdvice(basePackages = "cn.jixiao.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemHandler extends ResponseEntityExceptionHandler {
}
