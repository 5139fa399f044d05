package cn.jixiao.kernel.monitoring;

/** The monitoring light (预警): how far an indicator, the budget or a whole unit lags behind the time elapsed. */
public enum Light {
    /** Nothing reported yet: no light can be computed. */
    NONE("未填报"), GREEN("绿灯"), YELLOW("黄灯"), RED("红灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two lights; an unknown light never hides a known one. */
    public Light worse(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
