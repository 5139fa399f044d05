package cn.jixiao.kernel.evaluation;

/** Where a self-evaluation stands: filled (DRAFT, RETURNED), under review (SUBMITTED), final (PASSED). */
public enum EvaluationStatus {
    DRAFT("草稿"), SUBMITTED("已提交"), RETURNED("已退回"), PASSED("已通过");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
