package cn.jixiao.platform.observability;

import cn.jixiao.platform.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import java.util.HashMap;
import java.util.Map;

/**
 * One line per request, refused ones included: method, path (never the query, which may hold a search text),
 * status and time taken, with the request's correlation id, tenant and user. Logger {@code cn.jixiao.access};
 * set it to WARN to silence it.
 */
@Component
public class AccessLog implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("cn.jixiao.access");

    @Override
    public int getOrder() {
        // Inside the correlation id filter, outside everything else.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> written(exchange, signal, started));
    }

    private static void written(ServerWebExchange exchange, SignalType signal, long started) {
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        long millis = (System.nanoTime() - started) / 1_000_000;
        withContextOf(exchange, () -> log.info("{} {} {} {} ms", request.getMethod(), request.getPath().value(),
                signal == SignalType.CANCEL ? "cancelled" : status == null ? 200 : status.value(), millis));
    }

    /** The MDC of the request for this one line, whatever thread ends it; the thread's own values restored after. */
    private static void withContextOf(ServerWebExchange exchange, Runnable logging) {
        Map<String, String> values = new HashMap<>();
        values.put(LogContext.CORRELATION_ID, exchange.getResponse().getHeaders().getFirst(CorrelationIdFilter.HEADER));
        values.put(LogContext.TENANT, exchange.getAttribute(LogContext.TENANT));
        values.put(LogContext.USER, exchange.getAttribute(LogContext.USER));
        Map<String, String> before = new HashMap<>();
        values.forEach((key, value) -> {
            before.put(key, MDC.get(key));
            put(key, value);
        });
        try {
            logging.run();
        } finally {
            before.forEach(AccessLog::put);
        }
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
