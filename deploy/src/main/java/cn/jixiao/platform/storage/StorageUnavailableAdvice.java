package cn.jixiao.platform.storage;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * 503 with {@code Retry-After} for a request the store could not take durably, however deep the command bus or
 * the event store wrapped the driver's exception. Consulted before every other advice: Spring matches an advice's
 * handlers against the exception and its causes before it asks the next advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StorageUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(StorageUnavailableAdvice.class);

    @ExceptionHandler({MongoNodeIsRecoveringException.class, MongoNotPrimaryException.class,
            MongoWriteConcernException.class, MongoTimeoutException.class, MongoSocketException.class})
    public ResponseEntity<ProblemDetail> unavailable(Exception e, ServerWebExchange exchange) {
        log.warn("Answered 503, storage unavailable: {} {}: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), e.getMessage());
        return ResponseEntity.status(503).headers(StorageUnavailable.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(StorageUnavailable.problem(exchange.getRequest().getPath().value()));
    }
}
