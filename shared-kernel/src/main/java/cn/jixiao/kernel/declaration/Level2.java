package cn.jixiao.kernel.declaration;

import java.util.List;

/** 二级指标, each under the level 1 it belongs to. */
public enum Level2 {
    QUANTITY(Level1.OUTPUT, "数量指标"),
    QUALITY(Level1.OUTPUT, "质量指标"),
    TIMELINESS(Level1.OUTPUT, "时效指标"),
    /** Cost under output: the 2020 edition only. */
    COST(Level1.OUTPUT, "成本指标"),
    ECONOMIC(Level1.BENEFIT, "经济效益", "经济效益指标"),
    SOCIAL(Level1.BENEFIT, "社会效益", "社会效益指标"),
    /** Older forms say 环境效益: the same thing. */
    ECOLOGICAL(Level1.BENEFIT, "生态效益", "生态效益指标", "环境效益", "环境效益指标"),
    SUSTAINABILITY(Level1.BENEFIT, "可持续影响", "可持续影响指标"),
    /** The seed writes 满意度指标 at both levels. */
    SATISFACTION(Level1.SATISFACTION, "服务对象满意度", "服务对象满意度指标", "满意度指标"),
    ECONOMIC_COST(Level1.COST, "经济成本", "经济成本指标"),
    SOCIAL_COST(Level1.COST, "社会成本", "社会成本指标"),
    ECOLOGICAL_COST(Level1.COST, "生态环境成本", "生态环境成本指标");

    private final Level1 parent;
    private final String label;
    private final List<String> aliases;

    Level2(Level1 parent, String label, String... aliases) {
        this.parent = parent;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public Level1 parent() {
        return parent;
    }

    public String label() {
        return label;
    }

    /** Other names forms use for this indicator class. */
    public List<String> aliases() {
        return aliases;
    }
}
