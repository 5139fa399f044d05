package cn.jixiao.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SlowClientsTest {

    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aClientTricklingItsHeadersIsClosedAtTheDeadlineWhateverItSends() {
        EmbeddedChannel channel = connection();
        channel.writeInbound(bytes("GET /api/v1/declarations HTTP/1.1\r\nHost: x\r\n"));
        for (int second = 1; second < 10; second++) {
            channel.advanceTimeBy(1, TimeUnit.SECONDS);
            channel.writeInbound(bytes("X-Trickle-" + second + ": 1\r\n"));
            channel.runScheduledPendingTasks();
            assertThat(channel.isOpen()).as("open after %d s", second).isTrue();
        }
        channel.advanceTimeBy(2, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aRequestWhoseHeadArrivesInTimeIsServedAndTheClockStartsAgainAfterTheAnswer() {
        EmbeddedChannel channel = connection();
        channel.writeInbound(bytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        channel.advanceTimeBy(30, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).as("a request being answered is not cut off").isTrue();

        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.advanceTimeBy(11, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).as("no next request head within the deadline").isFalse();
    }

    /**
     * Reactor Netty answers a header block beyond its limit itself, 431 with an empty body (a socket test of it is
     * at the mercy of the TCP reset that follows on a busy machine, so the handler is tested on its own).
     */
    @Test
    void theServersOwnRefusalOfTooLargeHeadersGetsAProblemBody() {
        EmbeddedChannel channel = new EmbeddedChannel(new SlowClients.CodecRefusals());
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE));

        FullHttpResponse answer = channel.readOutbound();
        assertThat(answer.status().code()).isEqualTo(431);
        assertThat(answer.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/problem+json");
        String body = answer.content().toString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":431", "\"code\":\"HEADERS_TOO_LARGE\"", "headers-too-large");
        assertThat(answer.headers().getInt(HttpHeaderNames.CONTENT_LENGTH))
                .isEqualTo(answer.content().readableBytes());
        answer.release();
    }

    @Test
    void theServersOwnRefusalOfATooLongRequestLineGetsAProblemBodyButAnswersOfOursAreLeftAlone() {
        EmbeddedChannel channel = new EmbeddedChannel(new SlowClients.CodecRefusals());
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_URI_TOO_LONG));
        FullHttpResponse refused = channel.readOutbound();
        assertThat(refused.content().toString(StandardCharsets.UTF_8)).contains("URI_TOO_LONG");
        refused.release();

        DefaultFullHttpResponse ours = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                Unpooled.copiedBuffer("{\"code\":\"ID_INVALID\"}", StandardCharsets.UTF_8));
        ours.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        channel.writeOutbound(ours);
        FullHttpResponse passed = channel.readOutbound();
        assertThat(passed.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"code\":\"ID_INVALID\"}");
        passed.release();
    }

    private static EmbeddedChannel connection() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast("codec", new HttpServerCodec());
        channel.pipeline().addLast(new SlowClients.HeaderDeadline(HEADER_TIMEOUT));
        return channel;
    }

    private static io.netty.buffer.ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
    }
}
