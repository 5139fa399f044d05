package cn.jixiao.query.web;

import cn.jixiao.kernel.input.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Renders problems of the query side's controllers (and Spring's own 400s for unparsable parameters) as
 * {@code application/problem+json}. Limited to {@code cn.jixiao.query} so it never competes with the command
 * side's advice.
 */
@RestControllerAdvice(basePackages = "cn.jixiao.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemHandler extends ResponseEntityExceptionHandler {

    /**
     * Always {@code application/problem+json}, whatever the client accepts: a refused {@code text/event-stream}
     * (the dashboard's 429) is a problem, not an event.
     */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                             ServerWebExchange exchange) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(body, problemHeaders, status, exchange);
    }

    /** {@code ?page=abc}: a 400 that names the parameter, like our own checks do. */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        MethodParameter parameter = ex.getMethodParameter();
        if (parameter == null) {
            return super.handleServerWebInputException(ex, headers, status, exchange);
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
        QueryProblem problem = QueryProblem.invalid(List.of(new Violation(name, "PARAMETER_INVALID",
                "参数 " + name + " 的格式不正确")));
        return handleExceptionInternal(problem, problem.getBody(), headers, status, exchange);
    }
}
