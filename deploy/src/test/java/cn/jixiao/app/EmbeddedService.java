package cn.jixiao.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole service on the embedded default with its data in a given directory, free ports, the test secret. */
final class EmbeddedService {

    private EmbeddedService() {
    }

    /** The command-line arguments of such a service (0: any free port), then {@code extra}. */
    static List<String> arguments(Path dataDir, int httpPort, int mongoPort, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + httpPort,
                "--jixiao.mongodb.uri=",
                "--jixiao.mongodb.embedded.data-dir=" + dataDir,
                "--jixiao.mongodb.embedded.port=" + mongoPort,
                "--jixiao.demo.enabled=false",
                "--jixiao.security.dev-jwt-secret=" + Tokens.SECRET,
                "--jixiao.audit.key-file=" + dataDir.resolve("audit.key")));
        args.addAll(List.of(extra));
        return args;
    }

    static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        return new SpringApplicationBuilder(JixiaoApplication.class)
                .run(arguments(dataDir, 0, 0, extra).toArray(String[]::new));
    }

    /** As a newcomer starts it: with the demo tenant, its register and the seed form. */
    static ConfigurableApplicationContext startWithDemo(Path dataDir) {
        List<String> args = arguments(dataDir, 0, 0);
        args.replaceAll(arg -> arg.equals("--jixiao.demo.enabled=false") ? "--jixiao.demo.enabled=true" : arg);
        return new SpringApplicationBuilder(JixiaoApplication.class).run(args.toArray(String[]::new));
    }

    static WebTestClient clientOf(ConfigurableApplicationContext context) {
        return clientOf(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static WebTestClient clientOf(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** A new draft declaration of the unit, as its filer creates it; returns its id. */
    static String createDeclaration(WebTestClient client, String filer, String unit) {
        return client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", 2021, "kind", "DEPARTMENT", "unit", Map.of("code", unit, "name", "单位" + unit),
                        "filingUnit", "单位" + unit, "leader", "张三"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id").toString();
    }

    /** One edit of the functions text, whatever the answer. */
    static WebTestClient.ResponseSpec editFunctions(WebTestClient client, String filer, String id, String text) {
        return client.put().uri("/api/v1/declarations/{id}/functions", id).headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("text", text)).exchange();
    }
}
