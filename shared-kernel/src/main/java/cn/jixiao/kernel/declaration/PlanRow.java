package cn.jixiao.kernel.declaration;

/** One row of a project's implementation plan (实施计划): what is done, from which month to which ({@link Month}). */
public record PlanRow(String content, String start, String end) {
}
