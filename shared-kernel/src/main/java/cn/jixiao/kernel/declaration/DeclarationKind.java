package cn.jixiao.kernel.declaration;

/** 部门整体支出 (department-wide); 项目 (project) comes later. */
public enum DeclarationKind {
    DEPARTMENT
}
