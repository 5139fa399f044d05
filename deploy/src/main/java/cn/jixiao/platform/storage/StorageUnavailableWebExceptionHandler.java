package cn.jixiao.platform.storage;

import cn.jixiao.web.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * The same 503 for failures outside controllers (a web filter resolving the tenant, for one), ahead of Boot's
 * default error handler (order -1), which would answer 500.
 */
@Component
@Order(-3)
public class StorageUnavailableWebExceptionHandler implements WebExceptionHandler {

    private final ObjectMapper json;

    public StorageUnavailableWebExceptionHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!StorageUnavailable.isCause(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return respond(exchange);
    }

    /** Answers 503 problem+json with Retry-After. */
    Mono<Void> respond(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        ApiProblem problem = StorageUnavailable.problem();
        problem.getBody().setInstance(URI.create(exchange.getRequest().getPath().value()));
        response.setStatusCode(problem.getStatusCode());
        response.getHeaders().addAll(problem.getHeaders());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(problem.getBody());
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }
}
