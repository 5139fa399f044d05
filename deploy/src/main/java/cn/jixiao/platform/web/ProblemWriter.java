package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.ProblemType;
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
import java.util.Map;

/** Writes RFC 9457 problems from web filters, where no controller advice reaches. */
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // The same types and titles as the controllers' problems; which rule was hit is the code.
        ProblemType.forStatus(status.value()).ifPresent(type -> {
            problem.setType(type.uri());
            problem.setTitle(type.title());
        });
        if (code != null) {
            problem.setProperty("code", code);
        }
        if (field != null) {
            problem.setProperty("violations", List.of(Map.of("field", field, "code", code, "message", detail)));
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
