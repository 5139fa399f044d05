package cn.jixiao.app;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

/** Onboards tenants through the operator API, as an operator would, with ids unique to the run. */
final class Tenants {

    private Tenants() {
    }

    static String onboard(WebTestClient client, String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        client.post().uri("/api/v1/admin/tenants")
                .headers(h -> h.setBearerAuth(Tokens.operator()))
                .bodyValue(Map.of("id", id, "name", "测试财政局 " + id, "region", "湖南省"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CREATED);
        return id;
    }
}
