package cn.jixiao.platform.axon;

import cn.jixiao.command.snapshot.SnapshotLayout;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Events, snapshots and tokens are stored as JSON: readable by operators, and the records need no annotations. */
public final class AxonSerialization {

    private AxonSerialization() {
    }

    public static Serializer jacksonSerializer() {
        ObjectMapper mapper = SnapshotLayout.applyTo(new ObjectMapper())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
