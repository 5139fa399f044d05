package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.InputCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A body limit per endpoint: the form upload may be as large as {@code jixiao.import.max-size} (and its multipart
 * framing); every other body is JSON of one part of the form, at most {@value #JSON_MAX_BYTES} bytes (the longest
 * text field, 20,000 characters of Chinese, is 60 KB in UTF-8). A declared {@code Content-Length} beyond the limit
 * is refused before anything is read; a chunked body is cut off where it passes the limit. Both answer 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimits implements WebFilter {

    static final long JSON_MAX_BYTES = 128 * 1024;
    /** Multipart headers and the small unitCode part around the file. */
    private static final long MULTIPART_FRAMING = 64 * 1024;
    private static final String IMPORTS = "/api/v1/imports";

    private final long importMaxBytes;
    private final ProblemWriter problems;

    public BodyLimits(@Value("${jixiao.import.max-size:5MB}") DataSize importMax, ProblemWriter problems) {
        this.importMaxBytes = importMax.toBytes() + MULTIPART_FRAMING;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange.getRequest());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, InputCodes.PAYLOAD_TOO_LARGE,
                    "请求体超过允许的大小（" + limit / 1024 + " KB）");
        }
        return chain.filter(exchange.mutate().request(new Limited(exchange.getRequest(), limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        return request.getPath().pathWithinApplication().value().equals(IMPORTS) ? importMaxBytes : JSON_MAX_BYTES;
    }

    private static final class Limited extends ServerHttpRequestDecorator {

        private final long limit;

        Limited(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new DataBufferLimitException("请求体超过 " + limit + " 字节"));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
