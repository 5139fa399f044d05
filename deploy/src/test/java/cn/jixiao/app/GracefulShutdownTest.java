package cn.jixiao.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping an instance (SIGTERM from Kubernetes or compose) lets the requests in flight finish and takes no new
 * ones; only then do the tenants' processors stop and release their claims (TenantRuntimes.destroy).
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheInstanceStopsIsAnsweredAndNewOnesAreNotTaken() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(JixiaoApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("slowRoute",
                        RouterFunction.class, () -> slowRoute(inFlight)))
                .run("--server.port=0", "--jixiao.mongodb.uri=", "--jixiao.mongodb.embedded.data-dir=",
                        "--jixiao.mongodb.embedded.port=0", "--jixiao.demo.enabled=false",
                        "--jixiao.security.dev-jwt-secret=" + Tokens.SECRET, "--jixiao.audit.key-file=",
                        // As compose and the ConfigMap leave it when no collector is configured.
                        "--management.otlp.tracing.endpoint=");
        WebClient client = WebClient.create("http://localhost:"
                + ((WebServerApplicationContext) service).getWebServer().getPort());

        CompletableFuture<String> slow = client.get().uri("/test/slow").retrieve().bodyToMono(String.class)
                .timeout(Duration.ofSeconds(60)).toFuture();
        assertThat(inFlight.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);

        assertThat(slow.get(60, TimeUnit.SECONDS)).isEqualTo("finished");
        stopping.get(60, TimeUnit.SECONDS);
        assertThatThrownBy(() -> client.get().uri("/actuator/health").retrieve().toBodilessEntity()
                .block(Duration.ofSeconds(10))).as("a stopped instance takes no request").isNotNull();
    }

    /** Answers two seconds after it is called: long enough for the stop to begin while it runs. */
    private static RouterFunction<ServerResponse> slowRoute(CountDownLatch inFlight) {
        return RouterFunctions.route().GET("/test/slow", request -> {
            inFlight.countDown();
            return ServerResponse.ok().body(Mono.delay(Duration.ofSeconds(2)).thenReturn("finished"), String.class);
        }).build();
    }
}
