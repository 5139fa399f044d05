package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the published OpenAPI description, sent input that can never be right: malformed and strict-JSON
 * violations, control characters and broken Unicode, bodies beyond their limit, the wrong media type, odd path
 * identifiers and query values, broken multipart. Whatever the endpoint, the answer is never a 5xx, always an
 * {@code application/problem+json} 4xx whose {@code status} is the answer's, and no event is appended.
 */
@ServiceTest
class HostileInputTest {

    private static final String UNIT = "430412001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    @Autowired
    WebTestClient client;

    @Autowired
    MongoClient mongo;

    @LocalServerPort
    int port;

    private String tenant;
    private String declarationId;

    /** One hostile request: what it is, and how to send it. */
    record Case(String name, HttpMethod method, String uri, MediaType contentType, byte[] body, String token,
                Map<String, String> headers) {

        Case(String name, HttpMethod method, String uri, MediaType contentType, byte[] body, String token) {
            this(name, method, uri, contentType, body, token, Map.of());
        }
    }

    @Test
    void noInputThatCanNeverBeRightIsAnsweredWithA5xxOrWithoutAProblemOrAppendsAnEvent() throws Exception {
        client = client.mutate().responseTimeout(ANSWER_WITHIN).build();
        tenant = Tenants.onboard(client, "hostile");
        declarationId = createDeclaration();
        long eventsBefore = events();

        List<Case> cases = casesFrom(JSON.readTree(client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody()));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            check(c).ifPresent(failures::add);
        }

        System.out.printf("HostileInputTest: %d hostile requests over the published API, %d failed%n",
                cases.size(), failures.size());
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(events()).as("events appended by refused requests").isEqualTo(eventsBefore);
    }

    @Test
    void thePoisonAmountIsRefusedWithItsCodeAndNeverStored() {
        client = client.mutate().responseTimeout(ANSWER_WITHIN).build();
        tenant = Tenants.onboard(client, "poison");
        declarationId = createDeclaration();
        long eventsBefore = events();
        client.put().uri("/api/v1/declarations/{id}/budget", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"income\":{\"total\":\"1e1000000\"},\"expenditure\":{},\"threePublic\":{}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("income.total")
                .jsonPath("$.violations[0].code").isEqualTo("AMOUNT_TOO_LARGE");
        client.put().uri("/api/v1/declarations/{id}/budget", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"income\":{\"total\":\"１２３\"},\"expenditure\":{\"basic\":\"١٢\"},\"threePublic\":{}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.violations[?(@.field == 'income.total')].code").isEqualTo("AMOUNT_NOT_A_NUMBER")
                .jsonPath("$.violations[?(@.field == 'expenditure.basic')].code").isEqualTo("AMOUNT_NOT_A_NUMBER");
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void anElevenYearComparisonIsRefusedAtOnce() {
        client = client.mutate().responseTimeout(ANSWER_WITHIN).build();
        tenant = Tenants.onboard(client, "decade");
        client.get().uri("/api/v1/comparisons/units/" + UNIT + "?years=2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025")
                .headers(h -> h.setBearerAuth(everyone()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].code").isEqualTo("YEARS_TOO_MANY");
    }

    @Test
    void aFractionalHeadCountADuplicateKeyAndAnUnknownFieldNameTheirField() {
        client = client.mutate().responseTimeout(ANSWER_WITHIN).build();
        tenant = Tenants.onboard(client, "strict");
        declarationId = createDeclaration();
        client.put().uri("/api/v1/declarations/{id}/basic-info", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffing\":{\"authorized\":30,\"actual\":29.99}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("staffing.actual")
                .jsonPath("$.violations[0].code").isEqualTo("NOT_AN_INTEGER");
        client.put().uri("/api/v1/declarations/{id}/notes", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"a\",\"text\":\"b\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("text")
                .jsonPath("$.violations[0].code").isEqualTo("DUPLICATE_KEY");
        client.put().uri("/api/v1/declarations/{id}/notes", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"a\\u0000b\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("text")
                .jsonPath("$.violations[0].code").isEqualTo("TEXT_INVALID_CHARACTER");
        client.put().uri("/api/v1/declarations/{id}/basic-info", declarationId)
                .headers(h -> h.setBearerAuth(everyone()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffing\":{\"authorized\":30,\"actaul\":29}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("staffing.actaul")
                .jsonPath("$.violations[0].code").isEqualTo("UNKNOWN_FIELD");
    }

    // ---- the cases, from the published description

    private List<Case> casesFrom(JsonNode docs) {
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                cases.addAll(casesFor(docs, path.getKey(), HttpMethod.valueOf(op.getKey().toUpperCase()), op.getValue()));
            }
        }
        cases.add(new Case("an 11-year comparison", HttpMethod.GET, "/api/v1/comparisons/units/" + UNIT + "?years="
                + IntStream.rangeClosed(2015, 2025).mapToObj(Integer::toString).collect(Collectors.joining(",")),
                null, null, everyone()));
        return cases;
    }

    private List<Case> casesFor(JsonNode docs, String template, HttpMethod method, JsonNode op) {
        if (!template.startsWith("/api/")) {
            return List.of();
        }
        String token = template.startsWith("/api/v1/admin/tenants") ? Tokens.operator() : everyone();
        List<Case> cases = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        // odd identifiers in the path
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                for (String odd : List.of("%00", "x".repeat(100), "%E2%80%AE", "a%20b", "%FF")) {
                    cases.add(new Case("path " + parameter.path("name").asText() + "=" + abbreviated(odd), method,
                            expand(template, parameter.path("name").asText(), odd), null, null, token));
                }
            }
        }
        // odd query values
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                List<String> odd = new ArrayList<>(List.of("%00", "%1B", "%EF%BF%BF", "%ED%A0%80", "x".repeat(300)));
                JsonNode schema = parameter.path("schema");
                if (schema.path("type").asText().equals("integer")) {
                    odd.addAll(List.of("1e1000000", "29.99", "99999999999999999999", "abc"));
                }
                if (schema.has("enum")) {
                    odd.add("NO_SUCH_VALUE");
                }
                for (String value : odd) {
                    cases.add(new Case("query " + name + "=" + abbreviated(value), method,
                            expand(template, null, null) + "?" + name + "=" + value, null, null, token));
                }
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        String uri = expand(template, null, null);
        // odd conditional and idempotency headers, with an otherwise empty request
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if ("header".equals(parameter.path("in").asText()) && (name.equals("If-Match") || name.equals("Idempotency-Key"))) {
                for (String odd : List.of("\"abc\"", "W/\"0\"", "\"-1\"", "x".repeat(300), "\"99999999999999999999\"")) {
                    cases.add(new Case("header " + name + "=" + abbreviated(odd), method, uri, null, null, token,
                            Map.of(name, odd)));
                }
            }
        }
        if (content.has(MediaType.APPLICATION_JSON_VALUE)) {
            String property = firstProperty(docs, content.path(MediaType.APPLICATION_JSON_VALUE).path("schema"));
            jsonCases(property).forEach((name, body) -> cases.add(new Case(name, method, uri,
                    MediaType.APPLICATION_JSON, body, token)));
            cases.add(new Case("text/plain", method, uri, MediaType.TEXT_PLAIN, "x".getBytes(StandardCharsets.UTF_8), token));
        }
        if (content.has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            multipartCases().forEach((name, c) -> cases.add(new Case(name, method, uri, c.contentType(), c.body(), token)));
        }
        return cases;
    }

    private Map<String, byte[]> jsonCases(String p) {
        Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
        cases.put("duplicate key", utf8("{\"" + p + "\":\"a\",\"" + p + "\":\"b\"}"));
        cases.put("trailing content", utf8("{}xyz"));
        cases.put("NUL", utf8("{\"" + p + "\":\"a\\u0000b\"}"));
        cases.put("C0", utf8("{\"" + p + "\":\"a\\u001bb\"}"));
        cases.put("U+FFFF", utf8("{\"" + p + "\":\"a\\uffffb\"}"));
        cases.put("lone surrogate", utf8("{\"" + p + "\":\"a\\ud800b\"}"));
        cases.put("huge exponent", utf8("{\"" + p + "\":1e1000000}"));
        cases.put("fraction", utf8("{\"" + p + "\":29.99}"));
        cases.put("cut short", utf8("{\"" + p + "\":"));
        cases.put("array", utf8("[]"));
        cases.put("bare string", utf8("\"x\""));
        cases.put("deep nesting", utf8("[".repeat(5000) + "]".repeat(5000)));
        cases.put("invalid UTF-8", concat(utf8("{\"" + p + "\":\""), new byte[]{(byte) 0xFF, (byte) 0xFE}, utf8("\"}")));
        cases.put("2 MB", utf8("{\"" + p + "\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"));
        cases.put("long number", utf8("{\"" + p + "\":" + "9".repeat(5000) + "}"));
        return cases;
    }

    private record Multipart(MediaType contentType, byte[] body) {
    }

    private Map<String, Multipart> multipartCases() {
        String part = "--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nabc";
        return Map.of(
                "multipart without boundary", new Multipart(MediaType.MULTIPART_FORM_DATA, utf8(part + "\r\n--b0--\r\n")),
                "multipart unterminated", new Multipart(MediaType.parseMediaType("multipart/form-data; boundary=b0"),
                        utf8(part)),
                "multipart without the file", new Multipart(MediaType.parseMediaType("multipart/form-data; boundary=b0"),
                        utf8("--b0\r\nContent-Disposition: form-data; name=\"unitCode\"\r\n\r\n430412001\r\n--b0--\r\n")),
                "multipart with a NUL unit code", new Multipart(MediaType.parseMediaType("multipart/form-data; boundary=b0"),
                        utf8(part + "\r\n--b0\r\nContent-Disposition: form-data; name=\"unitCode\"\r\n\r\n43\u0000\r\n1\r\n--b0--\r\n")));
    }

    // ---- sending and judging

    private java.util.Optional<String> check(Case c) {
        long started = System.nanoTime();
        EntityExchangeResult<byte[]> result;
        try {
            WebTestClient.RequestBodySpec request = client.method(c.method()).uri(URI.create("http://localhost:" + port + c.uri()))
                    .headers(h -> h.setBearerAuth(c.token()))
                    .headers(h -> c.headers().forEach(h::set));
            if (c.contentType() != null) {
                request.contentType(c.contentType());
            }
            WebTestClient.RequestHeadersSpec<?> ready = c.body() != null ? request.bodyValue(c.body()) : request;
            result = ready.exchange().expectBody(byte[].class).returnResult();
        } catch (RuntimeException | AssertionError e) {
            return java.util.Optional.of(describe(c) + ": no answer (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        int status = result.getStatus().value();
        MediaType type = result.getResponseHeaders().getContentType();
        if (status >= 500) {
            return java.util.Optional.of(describe(c) + ": " + status + " " + text(result.getResponseBody()));
        }
        if (status < 400) {
            return java.util.Optional.of(describe(c) + ": accepted with " + status);
        }
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return java.util.Optional.of(describe(c) + ": " + status + " without a problem (" + type + ")");
        }
        try {
            JsonNode problem = JSON.readTree(result.getResponseBody());
            if (problem.path("status").asInt() != status) {
                return java.util.Optional.of(describe(c) + ": problem status " + problem.path("status") + " for " + status);
            }
        } catch (java.io.IOException e) {
            return java.util.Optional.of(describe(c) + ": " + status + " with a body that is not JSON");
        }
        if (millis > ANSWER_WITHIN.toMillis() / 2) {
            return java.util.Optional.of(describe(c) + ": took " + millis + " ms");
        }
        return java.util.Optional.empty();
    }

    private static String describe(Case c) {
        return c.method() + " " + abbreviated(c.uri()) + " [" + c.name() + "]";
    }

    // ---- fixtures

    private String everyone() {
        return Tokens.of(tenant, "everyone", UNIT, Role.FILER, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER,
                Role.AUDITOR, Role.VIEWER, Role.TENANT_ADMIN);
    }

    private String createDeclaration() {
        client.post().uri("/api/v1/declarations")
                .headers(h -> h.setBearerAuth(Tokens.of(tenant, "filer", UNIT, Role.FILER)))
                .bodyValue(Map.of("year", 2020, "unit", Map.of("code", UNIT, "name", "南岳区祝融街道办事处")))
                .exchange().expectStatus().isCreated();
        return cn.jixiao.kernel.declaration.DeclarationId.forUnit(UNIT, 2020,
                cn.jixiao.kernel.declaration.DeclarationKind.DEPARTMENT).value();
    }

    private long events() {
        return mongo.getDatabase(TenantDatabases.databaseName(TenantId.of(tenant)))
                .getCollection("domainevents").countDocuments();
    }

    /** The template with every path variable filled in: {@code odd} for the one named, sane values for the rest. */
    private String expand(String template, String oddName, String odd) {
        String uri = template;
        for (String name : List.of("id", "goalId", "indicatorId", "unitCode", "revision", "from", "to", "n", "eventId")) {
            String sane = switch (name) {
                case "id" -> template.startsWith("/api/v1/admin/tenants") ? "no-such-tenant" : declarationId;
                case "unitCode" -> UNIT;
                case "revision", "from", "to", "n" -> "1";
                default -> UUID.randomUUID().toString();
            };
            uri = uri.replace("{" + name + "}", name.equals(oddName) ? odd : sane);
        }
        if (oddName != null && !template.contains("{" + oddName + "}")) {
            throw new IllegalStateException("no path variable " + oddName + " in " + template);
        }
        return uri.replaceAll("\\{[^}]+}", oddName == null ? "1" : "1");
    }

    private static String firstProperty(JsonNode docs, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            resolved = docs.path("components").path("schemas").path(name);
        }
        Iterator<String> names = resolved.path("properties").fieldNames();
        return names.hasNext() ? names.next() : "x";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String text(byte[] body) {
        return body == null ? "" : abbreviated(new String(body, StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
