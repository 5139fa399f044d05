package cn.jixiao.platform.storage;

import cn.jixiao.platform.mongo.MongoConfiguration.EmbeddedMongoHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * While the embedded store refuses requests (its disk failed a write), API requests are answered 503 at once,
 * before security, tenancy or a controller touch the database. Health and the other Actuator endpoints still
 * answer, so operators and probes see why.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StorageGateFilter implements WebFilter {

    private final EmbeddedMongoHolder embedded;
    private final StorageUnavailableWebExceptionHandler unavailable;

    public StorageGateFilter(EmbeddedMongoHolder embedded, StorageUnavailableWebExceptionHandler unavailable) {
        this.embedded = embedded;
        this.unavailable = unavailable;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean refusing = embedded.store().map(DurableStore::refusing).orElse(false);
        if (refusing && exchange.getRequest().getPath().value().startsWith("/api/")) {
            return unavailable.respond(exchange);
        }
        return chain.filter(exchange);
    }
}
