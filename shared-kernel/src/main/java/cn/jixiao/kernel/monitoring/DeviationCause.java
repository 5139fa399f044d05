package cn.jixiao.kernel.monitoring;

/** Why an indicator lags (偏差原因分析), in the categories of 财预〔2019〕136号's monitoring table. */
public enum DeviationCause {
    FUNDING("经费保障"), INSTITUTIONS("制度保障"), STAFFING("人员保障"), FACILITIES("硬件条件保障"), OTHER("其他");

    private final String label;

    DeviationCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
