package cn.jixiao.kernel.monitoring;

/** Where a monitoring form stands in its round; ACCEPTED is final for the round. */
public enum MonitoringStatus {
    DRAFT("填报中"), SUBMITTED("已提交"), RETURNED("已退回"), ACCEPTED("已审核");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
