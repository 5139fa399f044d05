package cn.jixiao.query;

import cn.jixiao.kernel.tenant.TenantId;

/** Port implemented by deploy: the running context of a tenant. */
public interface TenantContexts {

    TenantContext of(TenantId tenant);
}
