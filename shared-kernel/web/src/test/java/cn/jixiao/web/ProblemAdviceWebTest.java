package cn.jixiao.web;

import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The advice as the query side meets it: parameters, unknown resources, its own faults. */
class ProblemAdviceWebTest {

    @RestController
    static class ReadEndpoints {
        @GetMapping("/api/v1/things")
        Mono<String> list(@RequestParam(defaultValue = "20") @Max(value = 100, message = "每页最多100条") int size) {
            return Mono.just("[]");
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
    void aResponseStatusBecomesAProblemWithThatStatus() {
        client.get().uri("/api/v1/things/missing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("申报表不存在");
    }
}
