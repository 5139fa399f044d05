package cn.jixiao.kernel.declaration;

/**
 * 部门整体支出 (department-wide, one per unit and year) and 项目支出 (project, one per unit, project code and year).
 * Both share the form's indicator tree, rules on indicators, life cycle, revisions and readers; a project form
 * adds its {@link ProjectPart}.
 */
public enum DeclarationKind {
    DEPARTMENT, PROJECT
}
