package cn.jixiao.platform.health;

import cn.jixiao.platform.tenancy.TenantRegistry;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP when the platform's tenant registry can be read: without it no request can be routed to its tenant. */
@Component("tenantRegistryHealthIndicator")
public class TenantRegistryHealth implements HealthIndicator {

    private final TenantRegistry registry;
    private final TenantRuntimes runtimes;

    public TenantRegistryHealth(TenantRegistry registry, TenantRuntimes runtimes) {
        this.registry = registry;
        this.runtimes = runtimes;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("tenants", registry.all().size())
                .withDetail("runningHere", runtimes.running().size())
                .build();
    }
}
