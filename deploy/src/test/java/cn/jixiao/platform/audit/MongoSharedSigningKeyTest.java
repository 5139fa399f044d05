package cn.jixiao.platform.audit;

import cn.jixiao.query.audit.AuditKeys;
import cn.jixiao.kernel.testing.InMemoryMongo;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Instances racing on one database (mongo-java-server, as the embedded default serves it) end up with one key. */
class MongoSharedSigningKeyTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoClient client = mongo.client();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void instancesStartingTogetherAllSignWithTheKeyOfTheOneWhoseInsertWon() {
        int instances = 8;
        CyclicBarrier together = new CyclicBarrier(instances);
        List<CompletableFuture<AuditKeys>> started = IntStream.range(0, instances).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            MongoSharedSigningKey shared = new MongoSharedSigningKey(client, Clock.systemUTC());
            await(together);
            return AuditKeys.load(null, null, dir.resolve(i + "/audit.key"), shared);
        })).toList();

        List<String> publicKeys = started.stream().map(CompletableFuture::join).map(AuditKeys::publicKeyBase64).distinct().toList();

        assertThat(publicKeys).hasSize(1);
        assertThat(client.getDatabase("jixiao_platform").getCollection(MongoSharedSigningKey.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(dir.resolve("0/audit.key")).doesNotExist();
    }

    @Test
    void anInstanceStartedLaterReadsTheStoredKey() {
        AuditKeys first = AuditKeys.load(null, null, dir.resolve("a.key"), new MongoSharedSigningKey(client, Clock.systemUTC()));
        AuditKeys later = AuditKeys.load(null, null, dir.resolve("b.key"), new MongoSharedSigningKey(client, Clock.systemUTC()));

        assertThat(later.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
