package cn.jixiao.kernel.register;

/** A business section (业务股室): it reviews the declarations of the units whose budget it owns. */
public record Section(SectionId id, String name) {
}
