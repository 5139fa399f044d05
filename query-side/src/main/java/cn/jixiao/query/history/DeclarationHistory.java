package cn.jixiao.query.history;

import cn.jixiao.kernel.declaration.DeclarationEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
        HistoryEntry.ActorView actor = new HistoryEntry.ActorView(string(meta, "actorId"), string(meta, "actorName"), roles(meta));
        String what = event.getPayload() instanceof DeclarationEvent declarationEvent
                ? EventSummaries.summarize(declarationEvent, names)
                : event.getPayloadType().getSimpleName();
        String who = actor.name() == null ? "" : actor.name() + " ";
        return new HistoryEntry(event.getIdentifier(), event.getSequenceNumber() + 1, event.getPayloadType().getSimpleName(),
                DateTimeFormatter.ISO_INSTANT.format(event.getTimestamp()), actor, who + what, event.getPayload(),
                string(meta, "correlationId"), string(meta, "importFile"), string(meta, "importSha256"));
    }

    private static List<String> roles(MetaData meta) {
        String roles = string(meta, "actorRoles");
        return roles == null || roles.isBlank() ? List.of()
                : Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    private static String string(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
