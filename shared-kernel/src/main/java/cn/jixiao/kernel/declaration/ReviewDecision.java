package cn.jixiao.kernel.declaration;

public enum ReviewDecision {
    PASS, RETURN, APPROVE
}
