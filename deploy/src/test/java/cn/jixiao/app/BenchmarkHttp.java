package cn.jixiao.app;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import java.util.Map;

/** The public API calls the benchmark makes, each blocking on its answer as a client thread would. */
final class BenchmarkHttp {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    BenchmarkHttp(WebClient http) {
        this.http = http;
    }

    /** {@code PUT /declarations/{id}/notes} with {@code If-Match}; returns the new version (its ETag). */
    long putNotes(String token, String id, long version, String text) {
        ResponseEntity<Void> response = http.put().uri("/api/v1/declarations/{id}/notes", id)
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.setIfMatch("\"" + version + "\"");
                })
                .bodyValue(Map.of("text", text))
                .retrieve().toBodilessEntity().block();
        return etag(response.getHeaders());
    }

    /** The whole body of a successful GET (a failure status throws). */
    byte[] get(String token, String uri, Object... variables) {
        return http.get().uri(uri, variables).headers(h -> h.setBearerAuth(token))
                .retrieve().bodyToMono(byte[].class).block();
    }

    Map<String, Object> json(String token, String uri, Object... variables) {
        return http.get().uri(uri, variables).headers(h -> h.setBearerAuth(token))
                .retrieve().bodyToMono(JSON).block();
    }

    /** The status of a GET, whatever it is (the body is read and dropped). */
    int status(String token, String uri, Object... variables) {
        return http.get().uri(uri, variables).headers(h -> h.setBearerAuth(token))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())).block();
    }

    /** {@code POST /imports?approved=true} of a form file for the given unit, as a tenant admin migrating forms. */
    Map<String, Object> importApproved(String adminToken, byte[] file, String fileName, String unitCode) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        body.part("unitCode", unitCode);
        return http.post().uri("/api/v1/imports?approved=true").headers(h -> h.setBearerAuth(adminToken))
                .body(BodyInserters.fromMultipartData(body.build()))
                .retrieve().bodyToMono(JSON).block();
    }

    Map<String, Object> post(String token, String uri, Object... variables) {
        return http.post().uri(uri, variables).headers(h -> h.setBearerAuth(token))
                .retrieve().bodyToMono(JSON).block();
    }

    private static long etag(HttpHeaders headers) {
        String etag = headers.getETag();
        if (etag == null) {
            throw new IllegalStateException("no ETag in the answer");
        }
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }
}
