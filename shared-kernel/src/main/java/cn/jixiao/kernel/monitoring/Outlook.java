package cn.jixiao.kernel.monitoring;

/** Whether the annual target will be met (预计能否完成), the unit's own judgement at the cut-off. */
public enum Outlook {
    CERTAIN("确定能"), LIKELY("有可能"), IMPOSSIBLE("完全不可能");

    private final String label;

    Outlook(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
