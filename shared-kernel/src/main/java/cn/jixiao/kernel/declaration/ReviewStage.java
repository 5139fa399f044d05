package cn.jixiao.kernel.declaration;

/** 财政部门业务股室 (BUSINESS) and 财政部门监督绩效股 (PERFORMANCE). */
public enum ReviewStage {
    BUSINESS, PERFORMANCE
}
