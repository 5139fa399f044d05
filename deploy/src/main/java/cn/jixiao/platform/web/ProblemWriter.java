package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.web.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/** Writes RFC 9457 problems from web filters, where the advice does not reach: the same body as {@link ApiProblem}'s. */
@Component
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return write(exchange, status, null, detail);
    }

    /** With a stable code (and a type named after it), as the controllers' problems have. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        return write(exchange, status, null, code, detail);
    }

    /** A 400 on one part of the request: {@code violations: [{field, code, message}]} as every 400 has. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String field, String code, String detail) {
        // The same types and titles as the controllers' problems; which rule was hit is the code.
        ProblemDetail problem = ProblemType.forStatus(status.value()).map(type -> ApiProblem.body(type, detail))
                .orElseGet(() -> ProblemDetail.forStatusAndDetail(status, detail));
        if (code != null) {
            problem.setProperty(ApiProblem.CODE, code);
        }
        if (field != null) {
            problem.setProperty(ApiProblem.VIOLATIONS, List.of(new Violation(field, code, detail)));
        }
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }
}
