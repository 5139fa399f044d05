package cn.jixiao.query.dashboard;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders {@link ReadProblems} (and WebFlux's own input errors) of the dashboard and comparison endpoints as
 * {@code application/problem+json}.
 */
@RestControllerAdvice(basePackages = {"cn.jixiao.query.dashboard", "cn.jixiao.query.comparison"})
public class ReadProblemAdvice extends ResponseEntityExceptionHandler {
}
