package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens make every request stand alone: the security chain opens no web session. It used to open one per
 * request (for a request cache and a security context nobody stored): a UUID drawn on a bounded-elastic thread,
 * then the rest of the request handed on to a parallel thread.
 */
@ServiceTest
class StatelessRequestsTest {

    @Autowired
    WebFilterChainProxy security;
    @Autowired
    WebTestClient client;

    @Test
    void anAuthenticatedRequestOpensNoWebSession() {
        String tenant = Tenants.onboard(client.mutate().responseTimeout(Duration.ofSeconds(30)).build(), "stateless");
        AtomicInteger sessionsAskedFor = new AtomicInteger();
        WebSessionManager counting = exchange -> Mono.defer(() -> {
            sessionsAskedFor.incrementAndGet();
            return Mono.<WebSession>empty();
        });
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/declarations")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.of(tenant, "viewer", null, Role.VIEWER)))
                .sessionManager(counting).build();
        AtomicInteger reachedTheHandler = new AtomicInteger();

        security.filter(exchange, passed -> Mono.fromRunnable(reachedTheHandler::incrementAndGet))
                .block(Duration.ofSeconds(30));

        assertThat(reachedTheHandler).as("the request passed the security chain").hasValue(1);
        assertThat(sessionsAskedFor).as("web sessions asked for").hasValue(0);
    }
}
