package cn.jixiao.platform.storage;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;

/**
 * 503 with {@code Retry-After} for a request the store could not take durably, however deep the command bus or
 * the event store wrapped the driver's exception. Consulted before every other advice: Spring matches an advice's
 * handlers against the exception and its causes before it asks the next advice. The driver's exception types
 * listed here reach a controller only when the database failed us, so one that is not about availability is
 * answered as our own fault, as the catch-all of the command side would.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StorageUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(StorageUnavailableAdvice.class);

    @ExceptionHandler({MongoCommandException.class, MongoWriteConcernException.class, MongoTimeoutException.class,
            MongoSocketException.class})
    public ResponseEntity<ProblemDetail> unavailable(Exception e, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        if (!StorageUnavailable.isCause(e)) {
            log.error("Unexpected failure answering a request", e);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试");
            problem.setType(URI.create("https://jixiao.cn/problems/internal-error"));
            problem.setTitle("服务器内部错误");
            return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        log.warn("Answered 503, storage unavailable: {} {}: {}", exchange.getRequest().getMethod(), path, e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).headers(StorageUnavailable.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(StorageUnavailable.problem(path));
    }
}
