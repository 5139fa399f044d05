package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;

import java.time.Instant;

/** A county finance bureau on the platform. */
public record Tenant(TenantId id, String name, String region, Status status, Instant createdAt, Instant suspendedAt) {

    public enum Status { ACTIVE, SUSPENDED }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
