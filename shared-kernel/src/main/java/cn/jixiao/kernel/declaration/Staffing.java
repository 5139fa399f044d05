package cn.jixiao.kernel.declaration;

/** 人员编制数 and 实有人数. */
public record Staffing(Integer authorized, Integer actual) {
}
