package cn.jixiao.kernel.actor;

/**
 * The roles a token may carry (api.md). COMPETENT_REVIEWER: staff of a competent department (主管部门) who review
 * its units' project forms first; the token's unit is the department.
 */
public enum Role {
    FILER, BUSINESS_REVIEWER, PERFORMANCE_REVIEWER, AUDITOR, VIEWER, TENANT_ADMIN, PLATFORM_OPERATOR,
    COMPETENT_REVIEWER
}
