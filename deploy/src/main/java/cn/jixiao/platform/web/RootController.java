package cn.jixiao.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /}: where a visitor finds the API and its documentation, instead of a bare 404. */
@RestController
@Hidden
public class RootController {

    public record Links(String name, Map<String, Map<String, String>> _links) {
    }

    private static final Links LINKS = new Links("Jixiao 绩效目标申报 API", Map.of(
            "api-docs", Map.of("href", "/v3/api-docs", "type", "application/vnd.oai.openapi+json"),
            "swagger-ui", Map.of("href", "/swagger-ui.html", "type", "text/html"),
            "declarations", Map.of("href", "/api/v1/declarations", "type", MediaType.APPLICATION_JSON_VALUE),
            "health", Map.of("href", "/actuator/health", "type", MediaType.APPLICATION_JSON_VALUE)));

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    public Links root() {
        return LINKS;
    }
}
