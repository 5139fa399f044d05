package cn.jixiao.query.web;

import cn.jixiao.web.ApiProblem;

/** A year in a query parameter ({@code year=2020}, {@code years=2020,2021}): required where asked, four digits. */
public final class Years {

    private Years() {
    }

    /** The year in {@code text}, or a 400 naming {@code field}. */
    public static int parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid(field, "YEAR_REQUIRED", "请指定年度，例如 " + field + "=2020");
        }
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= 1900 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, in the same words as a year out of range
        }
        throw ApiProblem.invalid(field, "YEAR_INVALID", "年度应为四位数字，例如 2020，而不是: " + text);
    }
}
