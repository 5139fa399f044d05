package cn.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/**
 * The unit's judgement of a qualitative target, and the band of its points it may score in (财预〔2020〕10号 附件:
 * 达成 100–80%, 部分达成 80–60%, 未达成 60–0%). Bands share their edges: 80% is both the least 达成 and the most
 * 部分达成 scores.
 */
public enum Judgement {
    ACHIEVED("达成", 80, 100), PARTLY_ACHIEVED("部分达成", 60, 80), NOT_ACHIEVED("未达成", 0, 60);

    private final String label;
    private final BigDecimal lowest;
    private final BigDecimal highest;

    Judgement(String label, int lowestPercent, int highestPercent) {
        this.label = label;
        this.lowest = BigDecimal.valueOf(lowestPercent, 2);
        this.highest = BigDecimal.valueOf(highestPercent, 2);
    }

    public String label() {
        return label;
    }

    /** The least share of the points this judgement scores (0.80 for 达成). */
    public BigDecimal lowestShare() {
        return lowest;
    }

    public BigDecimal highestShare() {
        return highest;
    }
}
