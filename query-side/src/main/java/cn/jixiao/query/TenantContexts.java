package cn.jixiao.query;

import cn.jixiao.kernel.tenant.TenantId;

/** Port implemented by deploy: the context of an onboarded tenant (the tenant always comes from the actor's token). */
public interface TenantContexts {
    TenantContext of(TenantId tenant);
}
