package cn.jixiao.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice as the query side meets it: parameters, unknown resources, its own faults. */
class ProblemAdviceWebTest {

    @RestController
    static class ReadEndpoints {
        @GetMapping("/api/v1/things")
        Mono<String> list(@RequestParam(defaultValue = "20") @Max(value = 100, message = "每页最多100条") int size) {
            return Mono.just("[]");
        }

        /** The answer has begun (its status, headers and first bytes sent) when the client's connection breaks. */
        @GetMapping("/api/v1/things/broken")
        Mono<Void> broken(ServerWebExchange exchange) {
            ServerHttpResponse response = exchange.getResponse();
            return response.writeWith(Mono.just(response.bufferFactory().wrap("[".getBytes(StandardCharsets.UTF_8))))
                    .then(Mono.error(new IOException("Connection reset by peer")));
        }

        @GetMapping("/api/v1/things/missing")
        Mono<String> missing() {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "申报表不存在"));
        }
    }

    private final WebTestClient client = WebTestClient.bindToController(new ReadEndpoints())
            .controllerAdvice(new ProblemAdvice()).build();

    @Test
    void aParameterOutOfRangeIsABadRequestWithViolations() {
        client.get().uri("/api/v1/things?size=500").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("size")
                .jsonPath("$.violations[0].code").isEqualTo("MAX")
                .jsonPath("$.violations[0].message").isEqualTo("每页最多100条");
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequest() {
        client.get().uri("/api/v1/things?size=many").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aClientThatGoesAwayDuringItsAnswerIsNoErrorOfOurs() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        try {
            client.get().uri("/api/v1/things/broken").exchange().expectStatus().isOk();
        } finally {
            root.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
    }

    @Test
    void aResponseStatusBecomesAProblemWithThatStatus() {
        client.get().uri("/api/v1/things/missing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("申报表不存在");
    }
}
