package cn.jixiao.kernel.declaration;

/**
 * 主管部门 (COMPETENT: the competent department, first for project forms unless the tenant switched it off),
 * 财政部门业务股室 (BUSINESS) and 财政部门监督绩效股 (PERFORMANCE).
 */
public enum ReviewStage {
    BUSINESS, PERFORMANCE, COMPETENT
}
