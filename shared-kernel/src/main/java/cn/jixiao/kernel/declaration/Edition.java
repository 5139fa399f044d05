package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The indicator framework a declaration follows: 2020 (cost under output) or 2021 (cost as level 1). */
public enum Edition {
    E2020("2020"), E2021("2021");

    private final String code;

    Edition(String code) {
        this.code = code;
    }

    /** Forms of 2020 and earlier follow the 2020 edition unless the tenant says otherwise. */
    public static Edition defaultFor(int year) {
        return year <= 2020 ? E2020 : E2021;
    }

    @JsonCreator
    public static Edition of(String code) {
        for (Edition edition : values()) {
            if (edition.code.equals(code) || edition.name().equals(code)) {
                return edition;
            }
        }
        throw new IllegalArgumentException("未知的指标体系版本: " + code + "（应为 2020 或 2021）");
    }

    @JsonValue
    public String code() {
        return code;
    }
}
