package cn.jixiao.kernel.declaration;

/** 一级指标. */
public enum Level1 {
    OUTPUT("产出指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标"), COST("成本指标");

    private final String label;

    Level1(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
