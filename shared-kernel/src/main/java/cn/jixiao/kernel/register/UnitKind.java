package cn.jixiao.kernel.register;

/** A department (部门, may be the competent department 主管部门 of others) or a unit under one (单位). */
public enum UnitKind {
    DEPARTMENT, UNIT
}
