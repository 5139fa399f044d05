package cn.jixiao.kernel.declaration;

/** 项目属性: a new project (新增) or one continuing from earlier years (延续), which compares with last year. */
public enum ProjectAttribute {
    NEW("新增"), CONTINUING("延续");

    private final String label;

    ProjectAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
