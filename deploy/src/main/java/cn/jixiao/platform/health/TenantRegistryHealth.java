package cn.jixiao.platform.health;

import cn.jixiao.platform.tenancy.TenantRegistry;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** UP when the platform's tenant registry can be read: without it no request can be routed to its tenant. */
@Component("tenantRegistryHealthIndicator")
public class TenantRegistryHealth extends AbstractHealthIndicator {

    private final TenantRegistry registry;
    private final TenantRuntimes runtimes;

    public TenantRegistryHealth(TenantRegistry registry, TenantRuntimes runtimes) {
        this.registry = registry;
        this.runtimes = runtimes;
    }

    /** A registry that cannot be read (the store down) makes this DOWN, never an error answer of health itself. */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up()
                .withDetail("tenants", registry.all().size())
                .withDetail("runningHere", runtimes.running().size());
    }
}
