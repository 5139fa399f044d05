package cn.jixiao.kernel.declaration;

public enum TargetKind {
    QUANTITATIVE, QUALITATIVE
}
