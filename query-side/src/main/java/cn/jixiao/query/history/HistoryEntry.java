package cn.jixiao.query.history;

import java.util.List;

/**
 * One event of a declaration's edit history. {@code eventId} is what an auditor asks an inclusion proof for;
 * {@code version} is the declaration's version after the event
 * (sequence number + 1); {@code payload} is the event as the application reads it; {@code importFile} and
 * {@code importSha256} are set for events of an import.
 */
public record HistoryEntry(String eventId, long version, String type, String at, ActorView actor, String summary, Object payload,
                           String correlationId, String importFile, String importSha256) {

    public record ActorView(String id, String name, List<String> roles) {
    }
}
