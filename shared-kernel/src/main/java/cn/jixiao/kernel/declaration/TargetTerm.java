package cn.jixiao.kernel.declaration;

/** A project's two targets: the overall, medium-term one (总目标) and this year's (年度目标). */
public enum TargetTerm {
    MEDIUM_TERM("总目标"), ANNUAL("年度目标");

    private final String label;

    TargetTerm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
