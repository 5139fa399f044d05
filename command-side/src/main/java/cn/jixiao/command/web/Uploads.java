package cn.jixiao.command.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Mono;

/** An uploaded file's bytes, for the endpoints that read a whole file at once. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The part's content, at most {@code maxBytes} (beyond it a {@code DataBufferLimitException}, which the caller
     * answers its own way); an empty part is no bytes.
     */
    public static Mono<byte[]> bytes(Part file, int maxBytes) {
        return DataBufferUtils.join(file.content(), maxBytes)
                .map(Uploads::bytes)
                .defaultIfEmpty(new byte[0]);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
