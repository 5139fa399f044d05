package cn.jixiao.command.testing;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.kernel.testing.TestActors;

/** @deprecated use {@code TestActors.fromHeaders(TestActors.NANYUE)} (kernel test-jar); kept one wave for merging. */
@Deprecated(forRemoval = true)
public final class TestActorResolver extends TestActors {

    public static final TenantId TENANT = TestActors.NANYUE;

    public TestActorResolver() {
        super(TENANT);
    }
}
