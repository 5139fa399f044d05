package cn.jixiao.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * The headers a {@link WriteRequest} stands for, in the published description: {@code If-Match} on a write to an
 * existing resource (its path names it), {@code Idempotency-Key} on a POST.
 */
@Component
public class WriteRequestDocs implements OperationCustomizer {

    static {
        // resolved from the headers, not a parameter of its own
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WriteRequest.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || Arrays.stream(handler.getMethodParameters())
                .noneMatch(parameter -> WriteRequest.class.equals(parameter.getParameterType()))) {
            return operation;
        }
        if (Arrays.stream(mapping.path()).anyMatch(path -> path.contains("{"))) {
            operation.addParametersItem(header(HttpHeaders.IF_MATCH, "只在当前版本为此版本（取自 ETag，如 \"12\"）时写入"));
        }
        if (Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
            operation.addParametersItem(header(WriteRequest.IDEMPOTENCY_KEY, "重试时用同一个键，24 小时内只执行一次"));
        }
        return operation;
    }

    private static HeaderParameter header(String name, String description) {
        return (HeaderParameter) new HeaderParameter().name(name).required(false).description(description)
                .schema(new StringSchema());
    }
}
