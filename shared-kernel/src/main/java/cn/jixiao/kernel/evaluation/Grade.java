package cn.jixiao.kernel.evaluation;

import java.math.BigDecimal;

/** 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 (each band includes its lower edge). */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), FAIR("中", 60), POOR("差", 0);

    private final String label;
    private final BigDecimal from;

    Grade(String label, int from) {
        this.label = label;
        this.from = BigDecimal.valueOf(from);
    }

    public String label() {
        return label;
    }

    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
