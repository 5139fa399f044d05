package cn.jixiao.kernel.declaration;

/** One error or warning of the rules: a stable code, the field it concerns and a message in the domain's words. */
public record Finding(String code, String field, String message) {
}
