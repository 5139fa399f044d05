package cn.jixiao.platform.web;

import cn.jixiao.kernel.input.InputCodes;
import cn.jixiao.kernel.input.ProblemType;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connection limits and timeouts against slow clients, so that a few hundred connections trickling bytes cannot
 * hold the service's connections and memory:
 * <ul>
 *   <li>headers: a request's line and headers must arrive within {@code jixiao.http.header-timeout} of the
 *       connection opening or of the previous answer, however they are trickled (slowloris);</li>
 *   <li>bodies: at most {@code jixiao.http.read-timeout} between two reads of a body, and the whole body within
 *       {@code jixiao.http.request-timeout} (a 5 MB form over a slow line still fits);</li>
 *   <li>idle keep-alive: an idle connection is closed after {@code jixiao.http.idle-timeout};</li>
 *   <li>connections: beyond {@code jixiao.http.max-connections} open at once, a new one is closed at once.</li>
 * </ul>
 */
@Component
public class SlowClients implements NettyServerCustomizer {

    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);
    private static final String HEADER_DEADLINE = "jixiao.headerDeadline";
    private static final String REFUSALS = "jixiao.codecRefusals";

    private final Duration headerTimeout;
    private final Duration readTimeout;
    private final Duration requestTimeout;
    private final Duration idleTimeout;
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();

    public SlowClients(@Value("${jixiao.http.header-timeout:10s}") Duration headerTimeout,
                       @Value("${jixiao.http.read-timeout:15s}") Duration readTimeout,
                       @Value("${jixiao.http.request-timeout:60s}") Duration requestTimeout,
                       @Value("${jixiao.http.idle-timeout:60s}") Duration idleTimeout,
                       @Value("${jixiao.http.max-connections:1000}") int maxConnections) {
        this.headerTimeout = headerTimeout;
        this.readTimeout = readTimeout;
        this.requestTimeout = requestTimeout;
        this.idleTimeout = idleTimeout;
        this.maxConnections = maxConnections;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server
                .idleTimeout(idleTimeout)
                .readTimeout(readTimeout)
                .requestTimeout(requestTimeout)
                .doOnChannelInit((observer, channel, remote) -> init(channel));
    }

    /** Open connections right now (for tests and metrics). */
    public int openConnections() {
        return open.get();
    }

    private void init(Channel channel) {
        if (open.incrementAndGet() > maxConnections) {
            LOG.warn("Refusing a connection from {}: {} connections are open", channel.remoteAddress(), maxConnections);
            channel.closeFuture().addListener(f -> open.decrementAndGet());
            channel.close();
            return;
        }
        channel.closeFuture().addListener(f -> open.decrementAndGet());
        if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
            channel.pipeline().addAfter(NettyPipeline.HttpCodec, HEADER_DEADLINE, new HeaderDeadline(headerTimeout));
            channel.pipeline().addAfter(NettyPipeline.HttpCodec, REFUSALS, new CodecRefusals());
        } else {
            channel.pipeline().addFirst(HEADER_DEADLINE, new HeaderDeadline(headerTimeout));
        }
    }

    /**
     * Reactor Netty refuses a request line or headers beyond its limits (414, 431) or that it cannot decode (400)
     * itself, with an empty body; this gives those answers the problem body every other refusal has.
     */
    static final class CodecRefusals extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse response && isBareRefusal(response)) {
                msg = withProblem(response);
            }
            super.write(ctx, msg, promise);
        }

        private static boolean isBareRefusal(FullHttpResponse response) {
            int status = response.status().code();
            return (status == 400 || status == 413 || status == 414 || status == 431)
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
        }

        private static Object withProblem(FullHttpResponse response) {
            int status = response.status().code();
            ProblemType type = ProblemType.forStatus(status)
                    .orElse(ProblemType.INVALID_INPUT);
            String code = switch (status) {
                case 431 -> InputCodes.HEADERS_TOO_LARGE;
                case 414 -> InputCodes.URI_TOO_LONG;
                case 413 -> InputCodes.PAYLOAD_TOO_LARGE;
                default -> InputCodes.MALFORMED;
            };
            String json = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                    + ",\"detail\":\"" + type.title() + "：请求行或请求头超出服务器的限制，或无法解析\",\"code\":\"" + code + "\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(body));
            problem.headers().set(HttpHeaderNames.CONTENT_TYPE,
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            problem.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.release();
            return problem;
        }
    }

    /**
     * Closes the connection unless a whole request head has arrived within the timeout; the clock starts when the
     * connection opens and again when an answer has been written (the wait for the next request on keep-alive).
     */
    static final class HeaderDeadline extends ChannelDuplexHandler {

        private final Duration timeout;
        private ScheduledFuture<?> deadline;

        HeaderDeadline(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            arm(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest) {
                disarm();
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof LastHttpContent) {
                promise.addListener(f -> arm(ctx));
            }
            super.write(ctx, msg, promise);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            disarm();
        }

        private void arm(ChannelHandlerContext ctx) {
            disarm();
            if (ctx.channel().isActive() || !ctx.channel().isRegistered()) {
                deadline = ctx.executor().schedule(() -> {
                    LOG.debug("Closing {}: no complete request head within {}", ctx.channel().remoteAddress(), timeout);
                    ctx.close();
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}
