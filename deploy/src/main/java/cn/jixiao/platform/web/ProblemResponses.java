package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.ProblemType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals of every operation in the published description, as they are answered: RFC 9457
 * {@code application/problem+json} with the schema {@code Problem} (a stable {@code code}, and
 * {@code violations: [{field, code, message}]} for every rule finding, whether a 400 or the 409 of a blocked
 * submission) and an example each. Which statuses an operation has follows from what it takes: a path id can be
 * unknown (404), a body can be malformed, too large or of the wrong type (400, 413, 415), {@code If-Match} can be
 * stale (412), an {@code Idempotency-Key} reused (422), {@code minVersion} not reached yet (503).
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(VIOLATION, violationSchema()).addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                answersJson(operation);
                statusesOf(path, method, operation).forEach(status ->
                        operation.getResponses().computeIfAbsent(status, ProblemResponses::response));
            }
        }));
    }

    /**
     * Springdoc writes {@code *&#47;*} where a handler names no media type; every such answer of ours is JSON
     * (files and streams name theirs).
     */
    private static void answersJson(Operation operation) {
        operation.getResponses().values().stream().map(ApiResponse::getContent).filter(java.util.Objects::nonNull)
                .forEach(content -> {
                    MediaType any = content.remove("*/*");
                    if (any != null) {
                        content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
                    }
                });
    }

    private static List<String> statusesOf(String path, PathItem.HttpMethod method, Operation operation) {
        List<String> statuses = new java.util.ArrayList<>(List.of("400", "401", "403"));
        boolean write = method != PathItem.HttpMethod.GET;
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (write) {
            statuses.add("409");
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("413", "415"));
        }
        if (hasParameter(operation, "If-Match")) {
            statuses.add("412");
        }
        if (hasParameter(operation, "Idempotency-Key")) {
            statuses.add("422");
        }
        if (path.endsWith("/stream")) {
            statuses.add("429");
        }
        if (hasParameter(operation, "minVersion")) {
            statuses.add("503");
        }
        return statuses;
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getName).anyMatch(name::equals);
    }

    private static ApiResponse response(String status) {
        Example example = EXAMPLES.get(status);
        return new ApiResponse().description(example.getSummary()).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples(example.getSummary(), example)));
    }

    private static Schema<?> violationSchema() {
        return new ObjectSchema().description("One finding: the field (a JSON path, a parameter or a cell), a stable code, a message in the domain's words")
                .addProperty("field", new StringSchema().example("income.total"))
                .addProperty("code", new StringSchema().example("AMOUNT_TOO_LARGE"))
                .addProperty("message", new StringSchema().example("金额超出范围：以万元计，整数部分最多 12 位，小数最多 4 位"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example(ProblemType.INVALID_INPUT.uri().toString())
                        .description("one of the published problem types (cn.jixiao.kernel.input.ProblemType)"))
                .addProperty("title", new StringSchema().example("输入有误"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema().description("stable code of the rule that was hit").example("AMOUNT_TOO_LARGE"))
                .addProperty("violations", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + VIOLATION))
                        .description("every finding, for a 400 and for the 409 of a blocked submission alike"));
    }

    private static final Map<String, Example> EXAMPLES = examples();

    private static Map<String, Example> examples() {
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put("400", example(ProblemType.INVALID_INPUT, "AMOUNT_TOO_LARGE",
                "金额超出范围：以万元计，整数部分最多 12 位，小数最多 4 位",
                List.of(Map.of("field", "income.total", "code", "AMOUNT_TOO_LARGE",
                        "message", "金额超出范围：以万元计，整数部分最多 12 位，小数最多 4 位"))));
        examples.put("401", example(ProblemType.UNAUTHORIZED, null, "缺少或无效的访问令牌", List.of()));
        examples.put("403", example(ProblemType.FORBIDDEN, "SAME_PERSON_BOTH_STAGES",
                "本轮业务股室审核由您本人通过，不能再由您批复：两级审核须由不同的人作出", List.of()));
        examples.put("404", example(ProblemType.NOT_FOUND, "DECLARATION_NOT_FOUND", "申报表不存在", List.of()));
        examples.put("409", example(ProblemType.CONFLICT, "SUBMISSION_BLOCKED",
                "申报表有错误，不能提交", List.of(Map.of("field", "goals", "code", "NO_GOAL",
                        "message", "至少须有一个绩效目标"))));
        examples.put("412", example(ProblemType.STALE_VERSION, "STALE_VERSION",
                "申报表已被修改（当前版本 13），请刷新后按最新版本重试", List.of()));
        examples.put("413", example(ProblemType.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体超过允许的大小", List.of()));
        examples.put("415", example(ProblemType.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "请求体须为 application/json，收到的是 text/plain", List.of()));
        examples.put("422", example(ProblemType.IDEMPOTENCY_KEY_REUSED, "IDEMPOTENCY_KEY_REUSED",
                "此 Idempotency-Key 已用于另一个请求", List.of()));
        examples.put("429", example(ProblemType.TOO_MANY_STREAMS, "TOO_MANY_STREAMS",
                "您已打开的看板实时连接过多，请先关闭其他页面", List.of()));
        examples.put("503", example(ProblemType.NOT_YET_PROJECTED, null,
                "查询数据尚未更新到版本 12，请稍后重试", List.of()));
        return examples;
    }

    private static Example example(ProblemType type, String code, String detail, List<Map<String, String>> violations) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status());
        value.put("detail", detail);
        if (code != null) {
            value.put("code", code);
        }
        if (!violations.isEmpty()) {
            value.put("violations", violations);
        }
        return new Example().summary(type.title()).value(value);
    }
}
