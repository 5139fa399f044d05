package cn.jixiao.platform.health;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.demo.DemoTenant;
import cn.jixiao.platform.demo.DemoUsers;
import cn.jixiao.platform.tenancy.Tenant;
import cn.jixiao.platform.tenancy.TenantRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Where the demo is enabled (the embedded default), a newcomer's first request must find the demo tenant with its
 * seed form: OUT_OF_SERVICE until both are in place. Always UP where the demo is off.
 */
@Component("demoTenantHealthIndicator")
public class DemoTenantHealth extends AbstractHealthIndicator {

    private final boolean enabled;
    private final DemoTenant demo;
    private final TenantRegistry registry;

    public DemoTenantHealth(@Value("${jixiao.demo.enabled:false}") boolean enabled, DemoTenant demo,
                            TenantRegistry registry) {
        this.enabled = enabled;
        this.demo = demo;
        this.registry = registry;
    }

    /** A registry that cannot be read (the store down) makes this DOWN, never an error answer of health itself. */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!enabled) {
            builder.up().withDetail("enabled", false);
            return;
        }
        boolean registered = registry.find(TenantId.of(DemoUsers.TENANT))
                .filter(tenant -> tenant.status() == Tenant.Status.ACTIVE).isPresent();
        (registered && demo.isSeeded() ? builder.up() : builder.outOfService())
                .withDetail("tenant", DemoUsers.TENANT)
                .withDetail("registered", registered)
                .withDetail("seedForm", demo.isSeeded());
    }
}
