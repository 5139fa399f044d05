package cn.jixiao.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI description is one a client can be generated from: every operation has a summary, a tag
 * named for the domain, a typed answer (no {@code object}, no {@code *&#47;*}), and its refusals as
 * {@code application/problem+json} with the {@code Problem} schema and an example.
 */
@ServiceTest
class ApiContractTest {

    private static final Set<String> DOMAIN_TAGS = Set.of("申报表（写）", "申报表（读）", "导入", "导出", "看板", "年度对比",
            "修订与差异", "审计", "历史", "租户", "读模型重建", "单位名册（写）", "单位名册（读）",
            "绩效自评（写）", "绩效自评（读）", "绩效监控（写）", "绩效监控（读）");

    @Autowired
    WebTestClient client;

    private JsonNode docs;

    @BeforeEach
    void readTheDescription() throws IOException {
        // The first /v3/api-docs builds the description of every endpoint: on a loaded 2-core machine that took over 30 s.
        client = client.mutate().responseTimeout(java.time.Duration.ofSeconds(180)).build();
        docs = new ObjectMapper().readTree(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody());
    }

    @Test
    void everyOperationHasASummaryADomainTagATypedAnswerAndItsProblems() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.path("summary").asText().isBlank()) {
                missing.add(name + ": no summary");
            }
            List<String> tags = new ArrayList<>();
            op.path("tags").forEach(tag -> tags.add(tag.asText()));
            if (tags.isEmpty() || !DOMAIN_TAGS.containsAll(tags)) {
                missing.add(name + ": tags " + tags + " not among the domain's");
            }
            boolean typedSuccess = false;
            for (Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields(); responses.hasNext(); ) {
                Map.Entry<String, JsonNode> response = responses.next();
                JsonNode content = response.getValue().path("content");
                if (content.has("*/*")) {
                    missing.add(name + " " + response.getKey() + ": answers */*");
                }
                if (response.getKey().startsWith("2")) {
                    typedSuccess |= isTyped(content) || response.getKey().equals("204");
                }
            }
            if (!typedSuccess) {
                missing.add(name + ": no typed 2xx answer");
            }
            for (String status : List.of("400", "401", "403")) {
                JsonNode problem = op.path("responses").path(status).path("content").path("application/problem+json");
                if (!problem.path("schema").path("$ref").asText().endsWith("/Problem") || problem.path("examples").isEmpty()) {
                    missing.add(name + " " + status + ": no problem schema with an example");
                }
            }
            JsonNode body = op.path("requestBody").path("content");
            body.fields().forEachRemaining(media -> {
                if (media.getKey().equals("*/*") || !isSchemaTyped(media.getValue().path("schema"))) {
                    missing.add(name + ": request body " + media.getKey() + " untyped");
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theImportTakesItsFileAsBinarySoSwaggerUiOffersAFilePicker() {
        JsonNode schema = docs.path("paths").path("/api/v1/imports").path("post").path("requestBody").path("content")
                .path("multipart/form-data").path("schema");
        JsonNode resolved = resolve(schema);
        assertThat(resolved.path("properties").path("file").path("type").asText()).isEqualTo("string");
        assertThat(resolved.path("properties").path("file").path("format").asText()).isEqualTo("binary");
        assertThat(resolved.path("required").toString()).contains("file");
    }

    @Test
    void theBusinessReviewDecisionIsPassOrReturnAsTheServerAcceptsIt() {
        JsonNode schema = resolve(docs.path("paths").path("/api/v1/declarations/{id}/business-review").path("post")
                .path("requestBody").path("content").path("application/json").path("schema"));
        List<String> decisions = new ArrayList<>();
        resolve(schema.path("properties").path("decision")).path("enum").forEach(d -> decisions.add(d.asText()));
        assertThat(decisions).containsExactly("PASS", "RETURN");
    }

    @Test
    void theProblemSchemaListsRuleFindingsAsViolations() {
        JsonNode problem = docs.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("code")).isTrue();
        assertThat(problem.path("properties").path("violations").path("items").path("$ref").asText()).endsWith("/Violation");
        assertThat(problem.path("properties").has("errors")).isFalse();
    }

    @Test
    void theRootPointsToTheDocumentation() {
        client.get().uri("/").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$._links.api-docs.href").isEqualTo("/v3/api-docs")
                .jsonPath("$._links.swagger-ui.href").isEqualTo("/swagger-ui.html");
    }

    @Test
    void theTenantListIsPagedLikeTheDeclarations() {
        Tenants.onboard(client, "paged");
        Tenants.onboard(client, "paged");
        client.get().uri("/api/v1/admin/tenants?size=1&page=1").headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isGreaterThanOrEqualTo(2));
        client.get().uri("/api/v1/admin/tenants?size=1000").headers(h -> h.setBearerAuth(Tokens.operator()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("size");
    }

    /** Kept beside the build, so a client can be generated from the very description this test read. */
    @Test
    void theDescriptionIsWrittenForClientGenerators() throws IOException {
        java.nio.file.Path out = java.nio.file.Path.of("target", "openapi.json");
        java.nio.file.Files.createDirectories(out.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), docs);
        assertThat(out).isNotEmptyFile();
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        docs.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(op ->
                        operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        });
        return operations;
    }

    private boolean isTyped(JsonNode content) {
        for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> m = media.next();
            if (!m.getKey().equals("*/*") && isSchemaTyped(m.getValue().path("schema"))) {
                return true;
            }
        }
        return false;
    }

    /** A reference, an array of something typed, a scalar or binary: anything but a bare {@code object}. */
    private boolean isSchemaTyped(JsonNode schema) {
        if (schema.has("$ref")) {
            return true;
        }
        String type = schema.path("type").asText();
        if (type.equals("array")) {
            return isSchemaTyped(schema.path("items"));
        }
        if (type.equals("object")) {
            return schema.has("properties") || schema.path("additionalProperties").isObject();
        }
        return !type.isEmpty();
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return docs.path("components").path("schemas").path(schema.path("$ref").asText()
                    .replace("#/components/schemas/", ""));
        }
        return schema;
    }
}
