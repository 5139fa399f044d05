package cn.jixiao.platform.storage;

import cn.jixiao.query.projection.DerivedWrites;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The MongoDB backend of the embedded default: H2's, behind the durability rules of {@link DurableStore}. A write
 * command is answered once it is synced; a read once every such write it could have seen is synced, so no client
 * ever sees a change that a crash could take back. A {@link DerivedWrites derived} write (its comment says so) is
 * answered at once and no read waits for it: a crash takes back only steps the projections redo. A presence write
 * (heartbeats) does not even start a commit: the next one carries it. Handshake and
 * monitoring commands pass straight through, so drivers keep their connections while the store refuses everything
 * else.
 */
public final class DurableBackend implements MongoBackend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
            "create", "createIndexes", "drop", "dropDatabase", "dropIndexes", "deleteIndexes", "renameCollection",
            "collMod");
    /** Commands that touch no data: they must answer even while the store is refusing requests. */
    private static final Set<String> PASS_THROUGH = Set.of("hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "getLastError", "getlasterror", "endSessions", "killCursors", "saslStart", "saslContinue",
            "whatsmyuri", "getParameter", "getCmdLineOpts", "hostInfo", "connectionStatus", "getFreeMonitoringStatus",
            "startSession", "serverStatus");

    private final DurableStore store;

    public DurableBackend(DurableStore store) {
        this.store = store;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().iterator().next();
        if (PASS_THROUGH.contains(command)) {
            return store.lastBackend().handleMessage(message);
        }
        return guarded(command, message.getDocument(), () -> store.backend().handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (PASS_THROUGH.contains(command)) {
            return store.lastBackend().handleCommand(channel, database, command, query);
        }
        return guarded(command, query, () -> store.backend().handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return store.read(() -> store.backend().handleQuery(query));
    }

    private <T> T guarded(String command, Document body, Supplier<T> action) {
        if (!isWrite(command, body)) {
            return store.read(action);
        }
        if (isPresence(body)) {
            return store.writePresence(action);
        }
        return isDerived(body) ? store.writeDerived(action) : store.write(action);
    }

    static boolean isDerived(Document body) {
        return DerivedWrites.COMMENT.equals(body.get("comment"));
    }

    static boolean isPresence(Document body) {
        return DerivedWrites.PRESENCE.equals(body.get("comment"));
    }

    /** Write commands, and aggregations that write their result ({@code $out}, {@code $merge}). */
    static boolean isWrite(String command, Document body) {
        if (WRITES.contains(command)) {
            return true;
        }
        if ("aggregate".equals(command) && body.get("pipeline") instanceof List<?> pipeline && !pipeline.isEmpty()
                && pipeline.get(pipeline.size() - 1) instanceof Document last) {
            return last.containsKey("$out") || last.containsKey("$merge");
        }
        return false;
    }

    @Override
    public void handleClose(Channel channel) {
        if (!store.refusing()) {
            store.backend().handleClose(channel);
        }
    }

    @Override
    public void dropDatabase(String database) {
        store.write(() -> {
            store.backend().dropDatabase(database);
            return null;
        });
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return store.lastBackend().getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return store.lastBackend().getServerStatus();
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        if (!store.refusing()) {
            store.backend().closeCursors(cursorIds);
        }
    }

    @Override
    public Clock getClock() {
        return store.lastBackend().getClock();
    }

    @Override
    public void enableOplog() {
        store.lastBackend().enableOplog();
    }

    @Override
    public void disableOplog() {
        store.lastBackend().disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return store.backend().resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        store.lastBackend().version(version);
        return this;
    }
}
