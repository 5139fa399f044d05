package cn.jixiao.kernel.declaration;

/** 指标值设定依据: how a project indicator's target value was set. */
public enum ValueBasis {
    PLAN("计划标准"), INDUSTRY("行业标准"), HISTORY("历史标准"), OTHER("其他");

    private final String label;

    ValueBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
