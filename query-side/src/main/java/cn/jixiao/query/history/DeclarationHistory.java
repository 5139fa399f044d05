package cn.jixiao.query.history;

import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Every event of one declaration, read from the tenant's event store from sequence 0 (snapshots ignored). */
public final class DeclarationHistory {

    private DeclarationHistory() {
    }

    /** The response: the declaration's current version and its events, oldest first. */
    public record View(String declarationId, long version, List<HistoryEntry> events) {
    }

    /** Empty when the event store holds no such declaration. */
    public static List<HistoryEntry> of(EventStore eventStore, String declarationId) {
        DomainEventStream stream = eventStore.readEvents(declarationId, 0L);
        EventSummaries.Names names = new EventSummaries.Names();
        List<HistoryEntry> entries = new ArrayList<>();
        while (stream.hasNext()) {
            entries.add(entry(stream.next(), names));
        }
        return entries;
    }

    private static HistoryEntry entry(DomainEventMessage<?> event, EventSummaries.Names names) {
        MetaData meta = event.getMetaData();
        HistoryEntry.ActorView actor = new HistoryEntry.ActorView(string(meta, MetadataKeys.ACTOR_ID), string(meta, MetadataKeys.ACTOR_NAME), roles(meta));
        String what = event.getPayload() instanceof DeclarationEvent declarationEvent
                ? EventSummaries.summarize(declarationEvent, names)
                : event.getPayloadType().getSimpleName();
        String who = actor.name() == null ? "" : actor.name() + " ";
        return new HistoryEntry(event.getIdentifier(), event.getSequenceNumber() + 1, event.getPayloadType().getSimpleName(),
                DateTimeFormatter.ISO_INSTANT.format(event.getTimestamp()), actor, who + what, event.getPayload(),
                string(meta, MetadataKeys.CORRELATION_ID), string(meta, MetadataKeys.IMPORT_FILE),
                string(meta, MetadataKeys.IMPORT_SHA256));
    }

    private static List<String> roles(MetaData meta) {
        return MetadataKeys.roles(meta.get(MetadataKeys.ACTOR_ROLES)).stream().map(Enum::name).toList();
    }

    private static String string(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
