package cn.jixiao.kernel.actor;

/** The roles a token may carry (api.md). */
public enum Role {
    FILER, BUSINESS_REVIEWER, PERFORMANCE_REVIEWER, AUDITOR, VIEWER, TENANT_ADMIN, PLATFORM_OPERATOR
}
