package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;

/** The naming scheme: each tenant has a database of its own; the registry lives in the platform database. */
public final class TenantDatabases {

    public static final String PLATFORM = "jixiao_platform";
    private static final String TENANT_PREFIX = "jixiao_t_";

    private TenantDatabases() {
    }

    /** Dashes become underscores: MongoDB database names allow neither '.' nor '$', and keep them short. */
    public static String databaseName(TenantId tenant) {
        return TENANT_PREFIX + tenant.value().replace('-', '_');
    }
}
