package cn.jixiao.kernel.declaration;

/** A budget unit (预算单位): its code and its name. */
public record Unit(String code, String name) {
}
