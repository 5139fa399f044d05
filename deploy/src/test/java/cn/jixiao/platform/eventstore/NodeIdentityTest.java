package cn.jixiao.platform.eventstore;

import cn.jixiao.platform.mongo.MongoSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose claims a process may resume at once: its own, and on the embedded default the store's. */
class NodeIdentityTest {

    private static MongoSettings embeddedOn(Path dataDir) {
        return new MongoSettings(null, new MongoSettings.Embedded(dataDir, null, 0, null, null, null, null));
    }

    @Test
    void aProcessRestartedOnTheSameDataDirectoryIsTheSameNode() {
        String before = NodeHeartbeats.nodeId(embeddedOn(Path.of("/var/lib/jixiao/data")));

        assertThat(NodeHeartbeats.nodeId(embeddedOn(Path.of("/var/lib/jixiao/./data")))).isEqualTo(before);
    }

    @Test
    void aCopyRestoredIntoAnotherDirectoryIsTheSameNodeSoItResumesTheCopysClaimsAtOnce() {
        assertThat(NodeHeartbeats.nodeId(embeddedOn(Path.of("/srv/restored"))))
                .isEqualTo(NodeHeartbeats.nodeId(embeddedOn(Path.of("/var/lib/jixiao/data"))))
                .isEqualTo(NodeHeartbeats.EMBEDDED_NODE);
    }

    @Test
    void instancesOnASharedDatabaseAreToldApartByProcess() {
        String node = NodeHeartbeats.nodeId(new MongoSettings("mongodb://db:27017", null));

        assertThat(node).startsWith(ProcessHandle.current().pid() + "@");
    }
}
