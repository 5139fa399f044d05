package cn.jixiao.platform.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

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
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().addAll(StorageUnavailable.headers());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(StorageUnavailable.problem(exchange.getRequest().getPath().value()));
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }
}
