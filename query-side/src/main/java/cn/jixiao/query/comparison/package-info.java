/**
 * Year-over-year comparison of one budget unit: the forms as approved, year after year, compared pairwise —
 * budget lines with absolute and percent change, indicators kept, dropped and new, and whether kept quantitative
 * targets became more or less ambitious.
 */
package cn.jixiao.query.comparison;
