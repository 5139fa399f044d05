package cn.jixiao.command;

import cn.jixiao.command.declaration.Declaration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotFilterTest {

    @Test
    void aDeclarationSnapshotOfTheCurrentLayoutIsUsed() {
        assertThat(CommandSideModule.snapshotFilter().allow(snapshot(Declaration.class.getName(), Declaration.SNAPSHOT_REVISION)))
                .isTrue();
    }

    @Test
    void aDeclarationSnapshotOfAnOlderLayoutIsSkippedSoTheStreamIsReplayed() {
        assertThat(CommandSideModule.snapshotFilter().allow(snapshot(Declaration.class.getName(), null))).isFalse();
        assertThat(CommandSideModule.snapshotFilter().allow(snapshot(Declaration.class.getName(), "1"))).isFalse();
    }

    private static GenericDomainEventEntry<String> snapshot(String type, String revision) {
        return new GenericDomainEventEntry<>("Declaration", "d-1", 50, "e-1", "2020-01-01T00:00:00Z",
                type, revision, "{}", "{}");
    }
}
