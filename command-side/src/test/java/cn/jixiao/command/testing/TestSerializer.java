package cn.jixiao.command.testing;

import cn.jixiao.command.snapshot.SnapshotLayout;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's Jackson serializer with the snapshot layout deploy gives it. */
public final class TestSerializer {

    private TestSerializer() {
    }

    public static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(SnapshotLayout.applyTo(new ObjectMapper())).build();
    }
}
