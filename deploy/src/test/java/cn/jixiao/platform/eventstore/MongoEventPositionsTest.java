package cn.jixiao.platform.eventstore;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.jixiao.platform.eventstore.TestMongo.event;
import static org.assertj.core.api.Assertions.assertThat;

class MongoEventPositionsTest extends MongoTestSupport {

    @Test
    void answersEachEventsOwnGlobalIndexByItsId() {
        MongoDatabase database = mongo.newTenantDatabase();
        MongoEventStorageEngine engine = mongo.engine(database).build();
        DomainEventMessage<?> first = event("a", 0);
        DomainEventMessage<?> second = event("b", 0);
        engine.appendEvents(first);
        engine.appendEvents(second);

        Map<String, Long> positions = new MongoEventPositions().of(new TenantContext(TenantId.of("nanyue"), database, null),
                List.of(second.getIdentifier(), first.getIdentifier(), "unknown"));

        assertThat(positions).containsOnlyKeys(first.getIdentifier(), second.getIdentifier());
        assertThat(positions.get(second.getIdentifier())).isEqualTo(positions.get(first.getIdentifier()) + 1);
    }
}
