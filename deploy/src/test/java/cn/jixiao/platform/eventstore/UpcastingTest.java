package cn.jixiao.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An event that evolved from revision 1 (no unit) to revision 2 is read back as revision 2 on both read paths. */
class UpcastingTest extends MongoTestSupport {


    @Revision("2")
    record TargetValueSet(String indicator, String value, String unit) {
    }

    /** Revision 1 had no unit; everything recorded then was in 元. */
    static final class TargetValueSetUpcaster extends SingleEventUpcaster {
        private static final SimpleSerializedType V1 = new SimpleSerializedType(TargetValueSet.class.getName(), "1");
        private static final SimpleSerializedType V2 = new SimpleSerializedType(TargetValueSet.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(V1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(V2, JsonNode.class, node -> ((ObjectNode) node).put("unit", "元"));
        }
    }

    @Test
    void readsARevisionOneEventAsRevisionTwo() {
        MongoDatabase tenant = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(tenant).upcasterChain(new TargetValueSetUpcaster()).build();
        engine.appendEvents(new GenericDomainEventMessage<>("Declaration", "d1", 0, new TargetValueSet("产出", "100", "万元")));
        // Rewrite the stored event as it was written before the event evolved.
        tenant.getCollection("domainevents").updateOne(new Document("aggregateIdentifier", "d1"),
                new Document("$set", new Document("payloadRevision", "1")
                        .append("payload", "{\"indicator\":\"产出\",\"value\":\"100\"}")));
        engine.appendEvents(new GenericDomainEventMessage<>("Declaration", "d1", 1, new TargetValueSet("效益", "5", "%")));

        DomainEventMessage<?> sourced = engine.readEvents("d1").next();
        assertThat(sourced.getPayload()).isEqualTo(new TargetValueSet("产出", "100", "元"));

        try (Stream<? extends TrackedEventMessage<?>> tracked = engine.readEvents(engine.createTailToken(), false)) {
            assertThat(tracked.<Object>map(TrackedEventMessage::getPayload))
                    .containsExactly(new TargetValueSet("产出", "100", "元"), new TargetValueSet("效益", "5", "%"));
        }
    }
}
