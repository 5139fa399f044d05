package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.CleanText;
import cn.jixiao.kernel.input.InputCodes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of every API request line, checked before anything is routed: each path segment is an identifier
 * (declaration, goal and indicator ids, unit codes, tenant ids and the API's own words: ASCII letters, digits,
 * {@code . _ ~ -}, at most {@value #MAX_SEGMENT} characters), the query string is short and every parameter is
 * clean text of a bounded length. Anything else is answered at once: 400 ({@code ID_INVALID},
 * {@code PARAMETER_INVALID}) or 414, as a problem naming the part.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestShape implements WebFilter {

    static final int MAX_SEGMENT = 64;
    static final int MAX_QUERY = 2048;
    static final int MAX_PARAMETERS = 32;
    static final int MAX_PARAMETER_NAME = 64;
    static final int MAX_PARAMETER_VALUE = 256;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1," + MAX_SEGMENT + "}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_PARAMETER_NAME + "}");

    private final ProblemWriter problems;

    public RequestShape(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String query = request.getURI().getRawQuery();
        if (query != null && query.length() > MAX_QUERY) {
            return problems.write(exchange, HttpStatus.URI_TOO_LONG, InputCodes.URI_TOO_LONG,
                    "查询字符串过长：最多 " + MAX_QUERY + " 个字符");
        }
        return badSegment(request).or(() -> badParameter(request.getQueryParams()))
                .map(refusal -> problems.write(exchange, HttpStatus.BAD_REQUEST, refusal.field(), refusal.code(),
                        refusal.message()))
                .orElseGet(() -> chain.filter(exchange));
    }

    private record Refusal(String field, String code, String message) {
    }

    private static Optional<Refusal> badSegment(ServerHttpRequest request) {
        for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment && !segment.value().isEmpty()
                    && !SEGMENT.matcher(segment.value()).matches()) {
                return Optional.of(new Refusal("path", InputCodes.ID_INVALID,
                        "路径中的标识格式不正确：只能由字母、数字与 . _ ~ - 组成，最多 " + MAX_SEGMENT + " 个字符"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> badParameter(MultiValueMap<String, String> parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            return Optional.of(new Refusal("query", InputCodes.PARAMETER_INVALID, "查询参数过多：最多 " + MAX_PARAMETERS + " 个"));
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!PARAMETER_NAME.matcher(name).matches()) {
                return Optional.of(new Refusal("query", InputCodes.PARAMETER_INVALID, "查询参数名格式不正确"));
            }
            for (String value : parameter.getValue()) {
                try {
                    CleanText.require(value, MAX_PARAMETER_VALUE);
                } catch (CleanText.InvalidTextException e) {
                    return Optional.of(new Refusal(name, InputCodes.PARAMETER_INVALID, "参数 " + name + "：" + e.getMessage()));
                }
            }
        }
        return Optional.empty();
    }
}
