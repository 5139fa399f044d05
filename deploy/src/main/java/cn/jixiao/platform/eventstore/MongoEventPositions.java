package cn.jixiao.platform.eventstore;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.audit.EventPositions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jixiao.platform.eventstore.EventDocuments.EVENT_IDENTIFIER;
import static cn.jixiao.platform.eventstore.EventDocuments.GLOBAL_INDEX;

/** Events' own global indexes, read from the tenant's event store by the unique event id: one key read a batch. */
@Component
public class MongoEventPositions implements EventPositions {

    @Override
    public Map<String, Long> of(TenantContext ctx, Collection<String> eventIds) {
        Map<String, Long> positions = new HashMap<>();
        if (eventIds.isEmpty()) {
            return positions;
        }
        ctx.database().getCollection(MongoEventStorageEngine.EVENTS)
                .find(new Document(EVENT_IDENTIFIER, new Document("$in", List.copyOf(eventIds))))
                .projection(new Document(EVENT_IDENTIFIER, 1).append(GLOBAL_INDEX, 1))
                .forEach(d -> positions.put(d.getString(EVENT_IDENTIFIER), ((Number) d.get(GLOBAL_INDEX)).longValue()));
        return positions;
    }
}
